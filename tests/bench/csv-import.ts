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
    opts.log(`  CSV import: ${(run.totalMs / 1000).toFixed(2)} s`);
    const mb = (run.bytes / 1024 / 1024).toFixed(1);
    return [
      result(
        name,
        run.totalMs / 1000,
        's',
        10,
        `${mb} MB Salesforce contacts export into an empty database → ${run.customers} customers, ` +
          `${run.contacts} contacts, ${run.rejected} rejected, ${run.progressCalls} progress updates`,
      ),
      result('CSV import throughput', run.rows / (run.totalMs / 1000), 'rows/s', null),
      result('CSV import: parse', run.parseMs / 1000, 's', null, 'papaparse'),
      result('CSV import: plan', run.planMs / 1000, 's', null, 'validation + lookups, no writes'),
      result(
        'CSV import: apply',
        run.applyMs / 1000,
        's',
        null,
        'one transaction, bulkPut in chunks',
      ),
    ];
  } finally {
    await page.close();
  }
}
