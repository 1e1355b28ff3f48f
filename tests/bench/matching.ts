/**
 * 4. matchCustomer at scale: customers and contacts bulk-loaded into the extension
 * origin's real IndexedDB (a dedicated bench database, the app's own schema),
 * then timed in the extension page for each kind of evidence.
 */
import type { Extension } from '../e2e/harness';
import { bundleIife } from './bundle';
import { openExtensionPage } from './extension-page';
import { median, percentile, result, skipped, type Result } from './report';

export type MatchingOptions = {
  customers: number;
  contactsPerCustomer: number;
  runs: number;
  log(s: string): void;
};

const DB = 'callprep-bench-match';
const G = 'CallprepBench';

type Timed = Record<string, { times: number[]; hits: number; tried: number }>;

export async function measureMatching(
  ext: Extension,
  extensionDir: string,
  opts: MatchingOptions,
): Promise<Result[]> {
  let code: string;
  try {
    code = await bundleIife('tests/bench/inpage/db.ts', G);
  } catch (e) {
    return [skipped('match', 'ms', 5, `does not bundle: ${String(e).slice(0, 120)}`)];
  }
  const page = await openExtensionPage(ext, extensionDir, code);
  try {
    await page.evaluate(([g, db]) => (globalThis as any)[g].reset(db), [G, DB] as const);
    const load = await page.evaluate(
      ([g, db, c, k]) =>
        (globalThis as any)[g].bulkLoad(db, c, k) as Promise<{
          rows: number;
          ms: number;
          generateMs: number;
        }>,
      [G, DB, opts.customers, opts.contactsPerCustomer] as const,
    );
    opts.log(`  bulk load: ${load.rows} rows in ${(load.ms / 1000).toFixed(1)} s`);
    const timed = await page.evaluate(
      ([g, db, runs]) => (globalThis as any)[g].timeMatches(db, runs) as Promise<Timed>,
      [G, DB, opts.runs] as const,
    );
    const contacts = opts.customers * opts.contactsPerCustomer;
    const scale = `${opts.customers.toLocaleString('en-US')} customers / ${contacts.toLocaleString('en-US')} contacts`;
    const out: Result[] = [];
    for (const [kind, t] of Object.entries(timed)) {
      opts.log(`  match by ${kind}: ${median(t.times).toFixed(2)} ms`);
      out.push(
        result(
          `match by ${kind}`,
          median(t.times),
          'ms',
          5,
          `p95 ${percentile(t.times, 95).toFixed(2)} ms; intended customer on top ${t.hits}/${t.tried}; ${scale}`,
        ),
      );
    }
    out.push(
      result(
        'bulk load (bulkAdd, 10,000-row chunks)',
        load.rows / (load.ms / 1000),
        'rows/s',
        null,
        `${load.rows.toLocaleString('en-US')} rows in ${(load.ms / 1000).toFixed(1)} s, extension-origin IndexedDB`,
      ),
    );
    await page.evaluate(([g, db]) => (globalThis as any)[g].reset(db), [G, DB] as const);
    return out;
  } finally {
    await page.close();
  }
}
