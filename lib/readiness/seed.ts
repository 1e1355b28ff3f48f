import { templateSchema } from '../db/models';
import type { CallprepDB } from '../db/schema';
import { DEFAULT_TEMPLATES, builtinTemplateId } from './templates';

/**
 * Adds any built-in template the database lacks. Never overwrites one: the seller
 * may have edited it.
 */
export async function seedBuiltinTemplates(
  db: CallprepDB,
  now: number = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.templates, async () => {
    const ids = DEFAULT_TEMPLATES.map((t) => builtinTemplateId(t.key));
    const existing = new Set(await db.templates.where('id').anyOf(ids).primaryKeys());
    const missing = DEFAULT_TEMPLATES.filter((t) => !existing.has(builtinTemplateId(t.key))).map(
      (t) =>
        templateSchema.parse({
          id: builtinTemplateId(t.key),
          name: t.name,
          description: t.description,
          items: t.items,
          builtin: true,
          createdAt: now,
          updatedAt: now,
        }),
    );
    await db.templates.bulkAdd(missing);
  });
}
