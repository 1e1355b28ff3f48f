import { describe, expect, it } from 'vitest';
import { collectSteps } from '@/lib/db/migrations/collect';
import type { MigrationStep } from '@/lib/db/migrations/step';
import { upgradeTableRows } from '@/lib/db/migrations/upgrade-rows';

const step = (version: number, rows?: MigrationStep['rows']): MigrationStep => ({
  version,
  stores: {},
  rows,
});

describe('collectSteps', () => {
  it('sorts the numbered files’ steps by version', () => {
    const steps = collectSteps({
      './002-second.ts': { step: step(2) },
      './001-initial.ts': { step: step(1) },
    });
    expect(steps.map((s) => s.version)).toEqual([1, 2]);
  });

  it.each([
    ['a gap', { './001-a.ts': { step: step(1) }, './003-c.ts': { step: step(3) } }, /declare 1, 3/],
    ['no version 1', { './002-b.ts': { step: step(2) } }, /declare 2/],
    ['no files', {}, /declare none/],
    ['a file without its step', { './001-a.ts': {} }, /001-a\.ts does not export its `step`/],
    [
      'a version its name denies',
      { './001-a.ts': { step: step(2) } },
      /declares version 2; its name says 1/,
    ],
    ['a file not numbered', { './initial.ts': { step: step(1) } }, /initial\.ts is not named like/],
  ])('refuses %s', (_, modules, message) => {
    expect(() => collectSteps(modules)).toThrow(message);
  });
});

describe('upgradeTableRows', () => {
  const addField = (field: string, value: unknown) => (row: Record<string, unknown>) => ({
    ...row,
    [field]: value,
  });
  const steps = [
    step(1),
    step(2, { goals: addField('a', 2) }),
    step(3, { goals: (row) => ({ ...row, a: `${row.a}→3` }), notes: addField('b', 3) }),
  ];

  it('runs the row upgraders of every step after the file’s version, in order', () => {
    const data = { goals: [{ id: 'g' }], notes: [{ id: 'n' }], news: [{ id: 'w' }] };
    expect(upgradeTableRows(data, 1, steps)).toEqual({
      goals: [{ id: 'g', a: '2→3' }],
      notes: [{ id: 'n', b: 3 }],
      news: [{ id: 'w' }],
    });
    expect(upgradeTableRows({ goals: [{ id: 'g', a: 'x' }] }, 2, steps)).toEqual({
      goals: [{ id: 'g', a: 'x→3' }],
    });
  });

  it('leaves data already at the last version, and anything that is not a row, as it is', () => {
    const data = { goals: [{ id: 'g' }] };
    expect(upgradeTableRows(data, 3, steps)).toBe(data);
    expect(upgradeTableRows({ goals: [null, 'x', [1]] }, 1, steps)).toEqual({
      goals: [null, 'x', [1]],
    });
  });
});
