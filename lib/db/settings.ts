import { settingsSchema, type Settings } from './models';
import { parseOrThrow } from './errors';
import type { CallprepDB } from './schema';

/** The settings, with defaults for anything never set or no longer valid. */
export async function getSettings(db: CallprepDB): Promise<Settings> {
  const row = await db.settings.get('app');
  const parsed = settingsSchema.safeParse(row ?? {});
  return parsed.success ? parsed.data : settingsSchema.parse({});
}

export async function updateSettings(db: CallprepDB, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = parseOrThrow('Settings', settingsSchema, { ...(await getSettings(db)), ...patch });
    await db.settings.put({ ...next, key: 'app' });
    return next;
  });
}
