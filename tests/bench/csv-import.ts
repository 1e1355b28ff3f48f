/** 6. CSV import of a generated Salesforce contacts export, parse → plan → apply, in an extension page. */
import { existsSync } from 'node:fs';
import type { Extension } from '../e2e/harness';
import { bundleIife } from './bundle';
import { openExtensionPage } from './extension-page';
import { result, skipped, type Result } from './report';

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

export async function measureCsvImport(
  ext: Extension,
  extensionDir: string,
  opts: { rows: number; log(s: string): void },
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
  const page = await openExtensionPage(ext, extensionDir, code);
  try {
    await page.evaluate(([g, db]) => (globalThis as any)[g].reset(db), [G, DB] as const);
    const run = await page.evaluate(
      ([g, db, rows]) => (globalThis as any)[g].csvImport(db, rows) as Promise<Run>,
      [G, DB, opts.rows] as const,
    );
    await page.evaluate(([g, db]) => (globalThis as any)[g].reset(db), [G, DB] as const);
    const previewMs = run.parseMs + run.planMs;
    opts.log(
      `  CSV preview ${(previewMs / 1000).toFixed(2)} s, import ${(run.applyMs / 1000).toFixed(2)} s`,
    );
    const mb = (run.bytes / 1024 / 1024).toFixed(1);
    const rows = run.rows.toLocaleString('en-US');
    // The budget is for the import the seller starts after reading the
    // preview ("then import in one transaction, with a progress bar"); the
    // preview is its own wait before that, so both are shown, and their sum.
    return [
      result(
        name,
        run.applyMs / 1000,
        's',
        10,
        `after the preview is confirmed: one transaction, ${run.progressCalls} progress updates; ` +
          `${mb} MB Salesforce contacts export into an empty database → ${run.customers} customers, ` +
          `${run.contacts} contacts, ${run.rejected} rejected`,
      ),
      result(
        `CSV preview of ${rows} rows`,
        previewMs / 1000,
        's',
        null,
        `parse ${(run.parseMs / 1000).toFixed(2)} s (papaparse) + plan ${(run.planMs / 1000).toFixed(2)} s (validation, lookups; no writes)`,
      ),
      result(`CSV file to imported (preview + import)`, run.totalMs / 1000, 's', null),
      result('CSV import throughput', run.rows / (run.applyMs / 1000), 'rows/s', null),
    ];
  } finally {
    await page.close();
  }
}
