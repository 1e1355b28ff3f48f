import { templateInput, templateSchema, type Template } from './models';
import { makeRepository } from './repo';
import type { CallprepDB } from './schema';

export const templates = makeRepository(
  'Template',
  (db) => db.templates,
  templateInput,
  templateSchema,
);

export async function listTemplates(db: CallprepDB): Promise<Template[]> {
  const rows = await db.templates.toArray();
  return rows.sort((a, b) => Number(b.builtin) - Number(a.builtin) || a.name.localeCompare(b.name));
}
