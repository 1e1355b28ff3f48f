import { describe, expect, it } from 'vitest';
import { RULE_IDS, templateSchema } from '@/lib/db/models';
import { CallprepDB } from '@/lib/db/schema';
import { seedBuiltinTemplates } from '@/lib/readiness/seed';
import { DEFAULT_TEMPLATES, builtinTemplateId } from '@/lib/readiness/templates';

describe('default templates', () => {
  it('ships the five agreed templates with unique keys', () => {
    expect(DEFAULT_TEMPLATES.map((t) => t.key)).toEqual([
      'discovery',
      'follow-up',
      'proposal-review',
      'business-review',
      'renewal',
    ]);
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [t.key, t] as const))('%s is valid', (_key, t) => {
    const parsed = templateSchema.safeParse({
      id: builtinTemplateId(t.key),
      name: t.name,
      description: t.description,
      items: t.items,
      builtin: true,
      createdAt: 0,
      updatedAt: 0,
    });
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(t.items.some((i) => i.required)).toBe(true);
    expect(t.items.every((i) => i.rule === null || RULE_IDS.includes(i.rule))).toBe(true);
    expect(t.items.every((i) => i.section.trim() !== '')).toBe(true);
    expect(new Set(t.items.map((i) => i.text)).size).toBe(t.items.length);
    // Mixes manual items with at least one auto-checked rule.
    expect(t.items.some((i) => i.rule)).toBe(true);
    expect(t.items.some((i) => !i.rule)).toBe(true);
  });

  it('every rule is used by some template', () => {
    const used = new Set(DEFAULT_TEMPLATES.flatMap((t) => t.items.map((i) => i.rule)));
    for (const rule of RULE_IDS) expect(used.has(rule)).toBe(true);
  });

  it('seeds once and never overwrites an edited template', async () => {
    const db = new CallprepDB(`test-${crypto.randomUUID()}`);
    await seedBuiltinTemplates(db, 1);
    await db.templates.update(builtinTemplateId('discovery'), { name: 'My discovery' });
    await seedBuiltinTemplates(db, 2);
    expect(await db.templates.count()).toBe(5);
    expect((await db.templates.get(builtinTemplateId('discovery')))?.name).toBe('My discovery');
  });
});
