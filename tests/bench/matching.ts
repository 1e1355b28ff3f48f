/**
 * 4. matchCustomer at scale: customers and contacts bulk-loaded into the extension
 * origin's real IndexedDB (a dedicated bench database, the app's own schema),
 * then timed in the extension page for each kind of evidence; then the fuzzy-name
 * step on 1,000 single-typo and 200 double-typo misspellings, 40 look-alikes and
 * 40 unrelated names, through Callprep, uFuzzy and MiniSearch in the same page.
 */
import type { Extension } from '../e2e/harness';
import type { FuzzyReport, SetScore } from './inpage/matching';
import { bundleIife } from './bundle';
import { openExtensionPage } from './extension-page';
import { median, percentile, result, skipped, type Result } from './report';

export type MatchingOptions = {
  customers: number;
  contactsPerCustomer: number;
  runs: number;
  /** cold starts of the fuzzy names (no names in memory, no connection); 20 unless given */
  coldRuns?: number;
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
    code = await bundleIife('tests/bench/inpage/matching.ts', G);
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
    out.push(...(await fuzzyRows(page, opts, scale)));
    out.push(...(await writeRows(page, opts)));
    await page.evaluate(([g, db]) => (globalThis as any)[g].reset(db), [G, DB] as const);
    return out;
  } finally {
    await page.close();
  }
}

const words = (s: SetScore, of: 'first' | 'confident') => `${s[of]}/${s.tried}`;

/** The fuzzy sets through each engine: time, and how often each was right or wrongly sure. */
async function fuzzyRows(
  page: Awaited<ReturnType<typeof openExtensionPage>>,
  opts: MatchingOptions,
  scale: string,
): Promise<Result[]> {
  const report = await page.evaluate(
    ([g, db, c, cold]) => (globalThis as any)[g].fuzzyBench(db, c, cold) as Promise<FuzzyReport>,
    [G, DB, opts.customers, opts.coldRuns ?? 20] as const,
  );
  opts.log(
    `  fuzzy sets: ${JSON.stringify(report.sizes)}; e.g. ${JSON.stringify(report.examples)}`,
  );
  opts.log(
    `  names first loaded (from the bulk load's journal) in ${report.firstLoadMs.toFixed(0)} ms; snapshot stored: ${report.snapshotStored}`,
  );
  const out: Result[] = [];
  for (const e of report.engines) {
    const s = e.sets;
    const typos = s.singleTypos.tried + s.doubleTypos.tried;
    const missed = typos - s.singleTypos.first - s.doubleTypos.first;
    const nowhere = s.lookAlikes.confident + s.unrelated.confident;
    const accuracy =
      `intended customer first: single typo ${words(s.singleTypos, 'first')}, double typo ${words(s.doubleTypos, 'first')}; ` +
      `confident match for a name that exists nowhere: look-alike ${words(s.lookAlikes, 'confident')}, unrelated ${words(s.unrelated, 'confident')}`;
    const callprep = e.engine === 'Callprep';
    const extra = callprep
      ? `; shown as a choice: ${s.singleTypos.ambiguous + s.doubleTypos.ambiguous}/${typos} typos; ` +
        `no match but "Did you mean" the customer: ${s.singleTypos.suggested + s.doubleTypos.suggested}`
      : `; index built in ${e.buildMs.toFixed(0)} ms`;
    opts.log(`  ${e.engine}: median ${median(e.times).toFixed(2)} ms; ${accuracy}${extra}`);
    out.push(
      result(
        `fuzzy name, ${e.engine}${callprep ? ', warm' : ''} (p95)`,
        percentile(e.times, 95),
        'ms',
        callprep ? 5 : null,
        `median ${median(e.times).toFixed(2)} ms over ${e.times.length} names; ${accuracy}${extra}; ${scale}`,
      ),
    );
    if (callprep) {
      out.push(
        result(
          'fuzzy name, Callprep: misspelled customer not first',
          (100 * missed) / typos,
          '%',
          5,
          `${missed} of ${typos} (1,000 single-typo, 200 double-typo misspellings of existing customers)`,
        ),
        result(
          'fuzzy name, Callprep: confident match for a name that exists nowhere',
          nowhere,
          `/ ${s.lookAlikes.tried + s.unrelated.tried}`,
          0,
          `look-alikes (a customer's name with one word or a brand ending changed, ≥ 3 edits from every customer) and unrelated names`,
        ),
      );
    }
  }
  out.push(
    result(
      'fuzzy name, Callprep, cold worker (p95)',
      percentile(report.cold, 95),
      'ms',
      150,
      `median ${median(report.cold).toFixed(1)} ms of ${report.cold.length}: a new database connection, no names in memory; the names read from one stored snapshot and the customers counted`,
    ),
  );
  return out;
}

/** What the names journal adds to customer writes (the same schema without it beside). */
async function writeRows(
  page: Awaited<ReturnType<typeof openExtensionPage>>,
  opts: MatchingOptions,
): Promise<Result[]> {
  const cost = await page.evaluate(
    ([g, db]) =>
      (globalThis as any)[g].writeCost(db + '-write', 40, 10_000) as Promise<{
        single: { journaled: number[]; plain: number[] };
        bulk: { journaled: number[]; plain: number[] };
      }>,
    [G, DB] as const,
  );
  const single = median(cost.single.journaled);
  const bulk = median(cost.bulk.journaled);
  opts.log(
    `  customer write: ${single.toFixed(2)} ms journaled, ${median(cost.single.plain).toFixed(2)} ms without; 10,000-row bulkPut ${bulk.toFixed(0)} ms journaled, ${median(cost.bulk.plain).toFixed(0)} ms without`,
  );
  return [
    result(
      'customer write with the names journal',
      single,
      'ms',
      null,
      `median of ${cost.single.journaled.length} repository creates; ${median(cost.single.plain).toFixed(2)} ms on the same schema without the journal`,
    ),
    result(
      '10,000 customers in one bulkPut with the names journal',
      bulk,
      'ms',
      null,
      `what the CSV import writes; ${median(cost.bulk.plain).toFixed(0)} ms without the journal (median of ${cost.bulk.journaled.length} each)`,
    ),
  ];
}
