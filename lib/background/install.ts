import type { CallprepDB } from '../db/schema';
import { seedBuiltinTemplates } from '../readiness/seed';

type Tabs = { create(props: { url: string }): Promise<unknown> };
type Runtime = { getURL(path: string): string };

/**
 * On first install: seed the built-in checklist templates and open the welcome
 * page (the workspace), which offers the sample workspace. On update: only add
 * templates a new version brought, never touching the seller's edits.
 *
 * Chromium reports an unpacked extension, and Firefox a temporary add-on, as
 * "installed" again on browser starts and reloads while its data is still there:
 * the welcome page is for a seller with nothing yet, so it opens only then.
 */
export async function onInstalled(
  details: { reason: string },
  deps: { db: CallprepDB; tabs: Tabs; runtime: Runtime; now?: number },
): Promise<void> {
  await seedBuiltinTemplates(deps.db, deps.now);
  if (details.reason === 'install' && (await isEmpty(deps.db))) {
    // The generated path type only knows HTML entrypoints; the hash picks the section.
    await deps.tabs.create({ url: deps.runtime.getURL('/options.html') + '#welcome' });
  }
}

/** Nothing of the seller's yet: no customer, no meeting (templates are ours). */
async function isEmpty(db: CallprepDB): Promise<boolean> {
  const [customers, meetings] = await Promise.all([db.customers.count(), db.meetings.count()]);
  return customers === 0 && meetings === 0;
}
