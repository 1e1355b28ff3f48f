import { ValidationError, type FieldProblem } from '../db/errors';
import { templateInput, type Template, type TemplateItem } from '../db/models';
import { systemClock, type Clock } from '../db/repo';
import type { CallprepDB } from '../db/schema';
import { templates } from '../db/templates';
import { DEFAULT_TEMPLATES, builtinTemplateId, type DefaultTemplate } from './templates';

/**
 * The checklist-template editor's logic, without React: a draft is edited with
 * pure functions (each returns a new draft), validated with the template's zod
 * schema, and saved in one write. Meetings keep the checklist they were given:
 * editing a template changes only the meetings prepared after.
 */
export type TemplateDraft = { name: string; description: string; items: TemplateItem[] };

export const NEW_ITEM: TemplateItem = {
  text: '',
  section: '',
  required: false,
  weight: 1,
  rule: null,
};

export function draftOf(t: Pick<Template, 'name' | 'description' | 'items'>): TemplateDraft {
  return {
    name: t.name,
    description: t.description,
    // fixed key order, so drafts compare by value
    items: t.items.map((i) => ({
      text: i.text,
      section: i.section,
      required: i.required,
      weight: i.weight,
      rule: i.rule,
    })),
  };
}

export function emptyDraft(): TemplateDraft {
  return { name: '', description: '', items: [{ ...NEW_ITEM }] };
}

/** Adds an item at the end, in the section of the last one. */
export function addItem(d: TemplateDraft, item: Partial<TemplateItem> = {}): TemplateDraft {
  const section = d.items[d.items.length - 1]?.section ?? '';
  return { ...d, items: [...d.items, { ...NEW_ITEM, section, ...item }] };
}

export function updateItem(
  d: TemplateDraft,
  index: number,
  patch: Partial<TemplateItem>,
): TemplateDraft {
  if (!d.items[index]) return d;
  return { ...d, items: d.items.map((item, i) => (i === index ? { ...item, ...patch } : item)) };
}

export function removeItem(d: TemplateDraft, index: number): TemplateDraft {
  return { ...d, items: d.items.filter((_, i) => i !== index) };
}

/** Moves an item from one position to another (clamped to the list). */
export function moveItem(d: TemplateDraft, from: number, to: number): TemplateDraft {
  if (!d.items[from]) return d;
  const target = Math.max(0, Math.min(d.items.length - 1, to));
  if (target === from) return d;
  const items = [...d.items];
  const [moved] = items.splice(from, 1);
  items.splice(target, 0, moved!);
  return { ...d, items };
}

/** Problems with a draft, by field (`name`, `items.2.text`), or an empty list. */
export function draftProblems(d: TemplateDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const parsed = templateInput.safeParse({ ...d, builtin: false });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ field: issue.path.join('.'), message: issue.message });
    }
  }
  if (d.items.length === 0) problems.push({ field: 'items', message: 'needs at least one item' });
  return problems;
}

/** The shipped version of a built-in template, or undefined for the seller's own. */
export function builtinDefault(templateId: string): DefaultTemplate | undefined {
  return DEFAULT_TEMPLATES.find((t) => builtinTemplateId(t.key) === templateId);
}

/** True when a built-in template differs from how it shipped. */
export function differsFromDefault(t: Template): boolean {
  const def = builtinDefault(t.id);
  if (!def) return false;
  return JSON.stringify(draftOf(t)) !== JSON.stringify(draftOf(def));
}

export function sameDraft(a: TemplateDraft, b: TemplateDraft): boolean {
  return JSON.stringify(draftOf(a)) === JSON.stringify(draftOf(b));
}

function throwIfInvalid(d: TemplateDraft): void {
  const problems = draftProblems(d);
  if (problems.length) throw new ValidationError('Template', problems);
}

/** Saves a draft: a new template when `id` is null. Throws ValidationError for a bad draft. */
export async function saveTemplate(
  db: CallprepDB,
  id: string | null,
  d: TemplateDraft,
  clock: Clock = systemClock,
): Promise<Template> {
  throwIfInvalid(d);
  if (id === null) return templates.create(db, { ...d, builtin: false }, clock);
  return templates.update(db, id, d, clock);
}

/** Puts a built-in template back the way it shipped. */
export async function restoreBuiltinTemplate(
  db: CallprepDB,
  id: string,
  clock: Clock = systemClock,
): Promise<Template> {
  const def = builtinDefault(id);
  if (!def) throw new Error('Only a built-in template can be restored to its default.');
  const existing = await db.templates.get(id);
  if (existing) return templates.update(db, id, draftOf(def), clock);
  const now = clock();
  const row = { id, ...draftOf(def), builtin: true, createdAt: now, updatedAt: now };
  await db.templates.put(row);
  return row;
}

/** Deletes one of the seller's templates; built-ins can be edited and restored, not deleted. */
export async function deleteTemplate(db: CallprepDB, id: string): Promise<void> {
  const t = await db.templates.get(id);
  if (t?.builtin) throw new Error('A built-in template cannot be deleted; restore it instead.');
  await db.templates.delete(id);
}
