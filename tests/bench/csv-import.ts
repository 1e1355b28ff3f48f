/** 6. CSV import of a generated Salesforce contacts export, parse → plan → apply, in an extension page. */
import { existsSync } from 'node:fs';
import type { Extension } from '../e2e/harness';
import { bundleIife } from './bundle';
import { openExtensionPage } from './extension-page';
import { median, result, skipped, type Result } from './report';

const DB = 'callprep-bench-csv';
const G = 'CallprepBenchCsv';

type Run = {
  bytes: number;
  rows: number;
  parseMs: number;
  planMs: number;
  applyMs: number;
  totalMs: number;
  rejected: number;
  progressCalls: number;
  customers: number;
  contacts: number;
};

/**
 * Each run in its own fresh browser profile, after the just-installed extension
 * settles: an earlier step's deleted rows would still be compacting in the
 * origin's IndexedDB, and the first seconds after install the welcome page loads
 * and templates are seeded. Reports the median run, with the spread.
 */
export async function measureCsvImport(
  launch: () => Promise<Extension>,
  extensionDir: string,
  opts: { rows: number; runs: number; settleMs: number; log(s: string): void },
): Promise<Result[]> {
  const name = `CSV import of ${opts.rows.toLocaleString('en-US')} rows`;
  if (!existsSync('lib/io/csv/index.ts'))
    return [skipped(name, 's', 10, 'lib/io/csv: not built yet')];
  let code: string;
  try {
    code = await bundleIife('tests/bench/inpage/csv.ts', G);
  } catch (e) {
    return [skipped(name, 's', 10, `lib/io/csv does not bundle yet: ${String(e).slice(0, 120)}`)];
  }
  const runs: Run[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const ext = await launch();
    try {
      await new Promise((resolve) => setTimeout(resolve, opts.settleMs));
      const page = await openExtensionPage(ext, extensionDir, code);
      const run = await page.evaluate(
        ([g, db, rows]) => (globalThis as any)[g].csvImport(db, rows) as Promise<Run>,
        [G, DB, opts.rows] as const,
      );
      runs.push(run);
      opts.log(
        `  CSV preview ${((run.parseMs + run.planMs) / 1000).toFixed(2)} s, ` +
          `import ${(run.applyMs / 1000).toFixed(2)} s`,
      );
    } finally {
      await ext.close();
    }
  }
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const fig = (f: (r: Run) => number) => {
    const values = runs.map(f);
    return {
      median: median(values),
      spread: `${s(Math.min(...values))}–${s(Math.max(...values))}`,
    };
  };
  const apply = fig((r) => r.applyMs);
  const parse = fig((r) => r.parseMs);
  const plan = fig((r) => r.planMs);
  const preview = fig((r) => r.parseMs + r.planMs);
  const total = fig((r) => r.totalMs);
  const first = runs[0]!;
  const mb = (first.bytes / 1024 / 1024).toFixed(1);
  const rows = first.rows.toLocaleString('en-US');
  const of = `median of ${runs.length} fresh-profile runs`;
  // The budget is for the import the seller starts after reading the
  // preview ("then import in one transaction, with a progress bar"); the
  // preview is its own wait before that, so both are shown, and their sum.
  return [
    result(
      name,
      apply.median / 1000,
      's',
      10,
      `after the preview is confirmed; ${of}, ${apply.spread}; one transaction, ` +
        `${first.progressCalls} progress updates; ${mb} MB Salesforce contacts export into an empty ` +
        `database → ${first.customers} customers, ${first.contacts} contacts, ${first.rejected} rejected`,
    ),
    result(
      `CSV preview of ${rows} rows`,
      preview.median / 1000,
      's',
      null,
      `${of}, ${preview.spread}; parse ${s(parse.median)} (papaparse) + plan ${s(plan.median)} ` +
        '(validation, lookups; no writes)',
    ),
    result(
      'CSV file to imported (preview + import)',
      total.median / 1000,
      's',
      null,
      `${of}, ${total.spread}`,
    ),
    result('CSV import throughput', first.rows / (apply.median / 1000), 'rows/s', null),
  ];
}
