import { describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/db/errors';
import { seedBuiltinTemplates } from '@/lib/readiness/seed';
import { builtinTemplateId } from '@/lib/readiness/templates';
import {
  addItem,
  deleteTemplate,
  differsFromDefault,
  draftOf,
  draftProblems,
  emptyDraft,
  moveItem,
  removeItem,
  restoreBuiltinTemplate,
  saveTemplate,
  updateItem,
} from '@/lib/readiness/templates-editor';
import { freshDb, manualClock } from '../db/helpers';

const draft = () => ({
  name: 'Demo',
  description: '',
  items: ['a', 'b', 'c'].map((text) => ({
    text,
    section: 'S',
    required: false,
    weight: 1,
    rule: null,
  })),
});

describe('draft edits are pure', () => {
  it('adds an item in the last item’s section', () => {
    const d = draft();
    const next = addItem(d, { text: 'd' });
    expect(next.items.map((i) => [i.text, i.section])).toContainEqual(['d', 'S']);
    expect(d.items).toHaveLength(3);
  });

  it('updates, removes and reorders', () => {
    let d = updateItem(draft(), 1, { required: true, weight: 3, rule: 'agenda-set' });
    expect(d.items[1]).toMatchObject({ text: 'b', required: true, weight: 3, rule: 'agenda-set' });
    d = moveItem(d, 0, 2);
    expect(d.items.map((i) => i.text)).toEqual(['b', 'c', 'a']);
    d = moveItem(d, 2, -5); // clamped
    expect(d.items.map((i) => i.text)).toEqual(['a', 'b', 'c']);
    expect(moveItem(d, 9, 0)).toBe(d);
    d = removeItem(d, 1);
    expect(d.items.map((i) => i.text)).toEqual(['a', 'c']);
  });

  it('reports problems by field', () => {
    expect(draftProblems(draft())).toEqual([]);
    const bad = updateItem({ ...draft(), name: ' ' }, 2, { text: '', weight: 11 });
    expect(draftProblems(bad).map((p) => p.field)).toEqual([
      'name',
      'items.2.text',
      'items.2.weight',
    ]);
    expect(draftProblems({ ...draft(), items: [] })).toEqual([
      { field: 'items', message: 'needs at least one item' },
    ]);
  });
});

describe('saving, restoring, deleting', () => {
  it('creates a new template, updates it, refuses an invalid draft', async () => {
    const db = freshDb();
    const clock = manualClock();
    const created = await saveTemplate(db, null, draft(), clock);
    expect(created).toMatchObject({ name: 'Demo', builtin: false });
    clock.advance(1000);
    const saved = await saveTemplate(db, created.id, moveItem(draft(), 2, 0), clock);
    expect(saved.items.map((i) => i.text)).toEqual(['c', 'a', 'b']);
    await expect(saveTemplate(db, created.id, emptyDraft(), clock)).rejects.toThrow(
      ValidationError,
    );
    expect((await db.templates.get(created.id))?.items).toHaveLength(3);
    await deleteTemplate(db, created.id);
    expect(await db.templates.count()).toBe(0);
  });

  it('restores an edited built-in to how it shipped, and never deletes one', async () => {
    const db = freshDb();
    await seedBuiltinTemplates(db);
    const id = builtinTemplateId('discovery');
    const original = (await db.templates.get(id))!;
    await saveTemplate(db, id, removeItem(draftOf(original), 0));
    expect(differsFromDefault((await db.templates.get(id))!)).toBe(true);
    const restored = await restoreBuiltinTemplate(db, id);
    expect(draftOf(restored)).toEqual(draftOf(original));
    expect(differsFromDefault(restored)).toBe(false);
    await expect(deleteTemplate(db, id)).rejects.toThrow(/cannot be deleted/);
    await db.templates.delete(id);
    expect((await restoreBuiltinTemplate(db, id)).builtin).toBe(true);
  });
});
