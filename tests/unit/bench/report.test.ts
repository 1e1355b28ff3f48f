import {
  formatMarkdown,
  formatTable,
  median,
  mergeResults,
  pairedRatio,
  percentile,
  result,
  round,
  skipped,
  summarize,
} from '../../bench/report';

describe('bench statistics', () => {
  it('takes the median of odd and even samples without reordering the input', () => {
    const xs = [5, 1, 3];
    expect(median(xs)).toBe(3);
    expect(xs).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('reads nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile([7], 50)).toBe(7);
  });

  it('takes ratios pair by pair, so a slow pair does not skew the others', () => {
    expect(pairedRatio([110, 220, 1000], [100, 200, 100])).toBeCloseTo(1.1);
    expect(pairedRatio([1, 2], [0, 2])).toBe(1); // a zero baseline is skipped
  });

  it('rounds to three significant digits below 1000 and to integers above', () => {
    expect(round(0.012345)).toBe(0.0123);
    expect(round(1.23456)).toBe(1.23);
    expect(round(123.456)).toBe(123);
    expect(round(12345.6)).toBe(12346);
  });
});

describe('bench results', () => {
  it('passes a value at or under budget and fails one over it', () => {
    expect(result('a', 2, 'ms', 2).pass).toBe(true);
    expect(result('a', 2.01, 'ms', 2).pass).toBe(false);
    expect(result('a', 3, 'ms').pass).toBeNull();
    expect(result('a', Number.NaN, 'ms', 2)).toMatchObject({ value: null, pass: null });
  });

  it('prints a table with ✓, ✗ and notes for what was not measured', () => {
    const table = formatTable([
      result('recognition', 0.25, 'ms', 2),
      result('script ratio', 1.57, '×', 1.02, 'paired'),
      skipped('popup', 'ms', 200, 'not built yet'),
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/^recognition\s+0\.25 ms\s+≤ 2 ms\s+✓$/);
    expect(lines[3]).toMatch(/1\.57 ×\s+≤ 1\.02 ×\s+✗\s+paired$/);
    expect(lines[4]).toMatch(/—\s+≤ 200 ms\s+–\s+not built yet$/);
  });

  it('writes Markdown rows with separators in notes escaped', () => {
    const md = formatMarkdown([result('bulk load', 12345, 'rows/s', null, 'a | b')]);
    expect(md.split('\n')[2]).toBe('| bulk load | 12,345 rows/s |  |  | a \\| b |');
  });
});

describe('README summary', () => {
  it('folds the per-fixture recognition rows into the slowest one', () => {
    const rows = summarize([
      result('content script size (raw)', 22, 'KB', 15),
      result('recognition: gmail-list', 0.02, 'ms', 2),
      result('recognition: salesforce-record', 0.09, 'ms', 2),
      result('recognition: outlook-thread', 0.05, 'ms', 2),
      result('recognition: 5,000-element Gmail thread', 0.25, 'ms', 2),
    ]);
    expect(rows.map((r) => r.name)).toEqual([
      'content script size (raw)',
      'recognition: slowest of 3 site fixtures',
      'recognition: 5,000-element Gmail thread',
    ]);
    expect(rows[1]).toMatchObject({
      value: 0.09,
      pass: true,
      note: 'salesforce-record; 3/3 within budget',
    });
  });
});

describe('a run of a few steps', () => {
  const row = (name: string, step: string, value: number) => ({
    ...result(name, value, 'ms'),
    step,
  });
  it('replaces its own rows in place, drops the ones it no longer makes, adds new ones after its step', () => {
    const previous = [
      row('size a', 'size', 1),
      row('host ratio', 'host-cost', 1.4),
      row('host old figure', 'host-cost', 9),
      row('panel', 'first-paint', 170),
      { ...result('legacy row', 3, 'ms') },
    ];
    const fresh = [row('host ratio', 'host-cost', 1.0), row('host floor', 'host-cost', 1.01)];
    expect(mergeResults(previous, fresh).map((r) => [r.name, r.value])).toEqual([
      ['size a', 1],
      ['host ratio', 1.0],
      ['host floor', 1.01],
      ['panel', 170],
      ['legacy row', 3],
    ]);
  });
});
