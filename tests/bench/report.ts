/**
 * Results, statistics and the printed table. Pure: unit-tested in tests/unit/bench.
 */

export type Result = {
  name: string;
  /** null when the measurement could not be taken (see `note`) */
  value: number | null;
  unit: string;
  /** upper bound; null for figures reported for information only */
  budget: number | null;
  /** null when there is no budget or no value */
  pass: boolean | null;
  /** why a value is missing, or how it was taken */
  note?: string;
  /** the bench step that measured it (run.ts), so a partial run can replace its own rows */
  step?: string;
};

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-th percentile (0..100), nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Median of the per-pair ratios a[i] / b[i] (pairs measured side by side). */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (b[i]! > 0) ratios.push(a[i]! / b[i]!);
  }
  return median(ratios);
}

export function result(
  name: string,
  value: number | null,
  unit: string,
  budget: number | null = null,
  note?: string,
): Result {
  const ok = value !== null && Number.isFinite(value);
  const r: Result = {
    name,
    value: ok ? round(value) : null,
    unit,
    budget,
    pass: ok && budget !== null ? value <= budget : null,
  };
  if (note) r.note = note;
  return r;
}

/** A measurement that could not run: reported, never thrown. */
export function skipped(name: string, unit: string, budget: number | null, note: string): Result {
  return { name, value: null, unit, budget, pass: null, note };
}

/**
 * A partial run's rows merged into the previous run's: each fresh row replaces the
 * old row of its name; an old row of a step that ran but no longer produces it is
 * dropped; a new row goes after the last row of its step (else at the end).
 */
export function mergeResults(previous: readonly Result[], fresh: readonly Result[]): Result[] {
  const byName = new Map(fresh.map((r) => [r.name, r]));
  const ran = new Set(fresh.map((r) => r.step));
  const out: Result[] = [];
  for (const r of previous) {
    const replacement = byName.get(r.name);
    if (replacement) {
      out.push(replacement);
      byName.delete(r.name);
    } else if (!(r.step && ran.has(r.step))) out.push(r);
  }
  for (const r of byName.values()) {
    let at = -1;
    out.forEach((o, i) => {
      if (o.step === r.step) at = i;
    });
    if (at < 0) out.push(r);
    else out.splice(at + 1, 0, r);
  }
  return out;
}

/** Three significant digits for small numbers, whole numbers for big ones. */
export function round(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value);
  const digits = Math.max(0, 2 - Math.floor(Math.log10(abs)));
  const f = 10 ** Math.min(digits, 6);
  return Math.round(value * f) / f;
}

export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  const n = Math.abs(value) >= 1000 ? value.toLocaleString('en-US') : String(value);
  return unit ? `${n} ${unit}` : n;
}

function mark(r: Result): string {
  if (r.pass === true) return '✓';
  if (r.pass === false) return '✗';
  return r.value === null ? '–' : ' ';
}

/** A plain-text table: name, value, budget, ✓/✗, note. */
export function formatTable(results: readonly Result[]): string {
  const rows = results.map((r) => [
    r.name,
    formatValue(r.value, r.unit),
    r.budget === null ? '' : `≤ ${formatValue(r.budget, r.unit)}`,
    mark(r),
    r.note ?? '',
  ]);
  const head = ['measure', 'value', 'budget', '', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The same table as Markdown, for the README. */
export function formatMarkdown(results: readonly Result[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = ['| measure | value | budget | | note |', '| --- | ---: | ---: | :-: | --- |'];
  for (const r of results) {
    const budget = r.budget === null ? '' : `≤ ${formatValue(r.budget, r.unit)}`;
    lines.push(
      `| ${esc(r.name)} | ${formatValue(r.value, r.unit)} | ${budget} | ${mark(r).trim()} | ${esc(r.note ?? '')} |`,
    );
  }
  return lines.join('\n');
}

/**
 * The README's shorter table: the per-fixture recognition rows folded into one
 * (the slowest fixture's median, and how many fixtures met the budget).
 */
export function summarize(results: readonly Result[]): Result[] {
  const isFixture = (r: Result) => r.name.startsWith('recognition: ') && !r.name.includes('5,000');
  const fixtures = results.filter((r) => isFixture(r) && r.value !== null);
  if (fixtures.length < 2) return [...results];
  const slowest = fixtures.reduce((a, b) => (b.value! > a.value! ? b : a));
  const within = fixtures.filter((r) => r.pass !== false).length;
  const folded = result(
    `recognition: slowest of ${fixtures.length} site fixtures`,
    slowest.value,
    slowest.unit,
    slowest.budget,
    `${slowest.name.slice('recognition: '.length)}; ${within}/${fixtures.length} within budget`,
  );
  const out: Result[] = [];
  for (const r of results) {
    if (!isFixture(r)) out.push(r);
    else if (r === slowest) out.push(folded);
    else if (r.value === null) out.push(r);
  }
  return out;
}
