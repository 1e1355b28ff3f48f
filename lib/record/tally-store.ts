import type { Table, Transaction } from 'dexie';
import type { CallprepDB } from '../db/schema';
import {
  currentTimeZone,
  isTallyMeta,
  RECORD_MONTHS_TABLE,
  TALLIED_TABLES,
  TALLY_FORMAT,
  TALLY_META_KEY,
  talliesOf,
  type TalliedTable,
  type TallyMeta,
  type TallyRow,
} from './tally';

export const freshMeta = (schemaVersion: number): TallyMeta => ({
  key: TALLY_META_KEY,
  timeZone: currentTimeZone(),
  schemaVersion,
  format: TALLY_FORMAT,
  stale: false,
});

/** The stored tallies count every row as this page would: same time zone, schema and format, none failed. */
export function talliesAreFresh(meta: unknown, schemaVersion: number): boolean {
  return (
    isTallyMeta(meta) &&
    !meta.stale &&
    meta.schemaVersion === schemaVersion &&
    meta.format === TALLY_FORMAT &&
    meta.timeZone === currentTimeZone()
  );
}

type Tables = { table(name: string): Table };

/**
 * Counts every meeting, promise, goal and referral afresh into the tallies, in
 * `tx` (which must span those tables and the tallies, so no write lands between
 * the reading and the writing).
 */
export async function rebuildTalliesIn(tx: Tables, schemaVersion: number): Promise<void> {
  const rows = {} as Record<TalliedTable, unknown[]>;
  for (const t of TALLIED_TABLES) rows[t] = await tx.table(t).toArray();
  const store = tx.table(RECORD_MONTHS_TABLE);
  await store.clear();
  await store.bulkPut([...talliesOf(rows), freshMeta(schemaVersion)] satisfies TallyRow[]);
}

/**
 * Rebuilds the tallies when they cannot be trusted (a new time zone, an
 * upgrade, a failed update): My record reads the rows themselves until then.
 */
export async function rebuildTallies(db: CallprepDB): Promise<void> {
  await db.transaction(
    'rw',
    [...TALLIED_TABLES.map((t) => db.table(t)), db.table(RECORD_MONTHS_TABLE)],
    (tx: Transaction) => rebuildTalliesIn(tx, db.verno),
  );
}

/** Rebuilds the tallies if they cannot be trusted; true when it did. */
export async function ensureFreshTallies(db: CallprepDB): Promise<boolean> {
  if (talliesAreFresh(await db.table(RECORD_MONTHS_TABLE).get(TALLY_META_KEY), db.verno))
    return false;
  await rebuildTallies(db);
  return true;
}
