/**
 * Bundled on its own (lib/io/csv may not exist yet) and evaluated in an extension
 * page: the CSV importer end to end against the extension origin's IndexedDB.
 */
import { CallprepDB } from '../../../lib/db/schema';
import * as csv from '../../../lib/io/csv';
import { salesforceContactsCsv } from '../generate';

const OWN_DOMAINS = ['seller.example'];

/** The CSV importer end to end (parse → plan → apply), on a generated Salesforce export. */
export async function csvImport(name: string, rows: number) {
  const text = salesforceContactsCsv(rows);
  const db = new CallprepDB(name);
  await db.open();
  let progressCalls = 0;
  const t0 = performance.now();
  const parsed = csv.parseCsv(text);
  const t1 = performance.now();
  const preset = csv.detectPreset(parsed.headers);
  if (!preset) throw new Error('the generated CSV was not detected as a Salesforce export');
  const plan = await csv.planImport(db, parsed.rows, csv.presetMapping(preset, parsed.headers), {
    system: preset.system,
    headers: parsed.headers,
    ownDomains: OWN_DOMAINS,
  });
  const t2 = performance.now();
  const summary = await csv.applyImport(db, plan, { onProgress: () => void progressCalls++ });
  const t3 = performance.now();
  const counts = { customers: await db.customers.count(), contacts: await db.contacts.count() };
  db.close();
  return {
    bytes: text.length,
    rows: parsed.rows.length,
    parseMs: t1 - t0,
    planMs: t2 - t1,
    applyMs: t3 - t2,
    totalMs: t3 - t0,
    rejected: plan.rejected.length,
    summary,
    progressCalls,
    ...counts,
  };
}
