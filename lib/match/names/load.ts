import type { CallprepDB } from '../../db/schema';
import { NameIndex } from './name-index';
import {
  asHead,
  asJournal,
  asSnapshot,
  HEAD_KEY,
  headOf,
  JOURNAL_KEY,
  namesDb,
  newBase,
  PENDING_KEY,
  pendingWrites,
  SNAPSHOT_KEY,
  snapshotRecord,
  type NamesJournal,
} from './records';
import { journalSettled } from './track';

/** A journal longer than this is folded into a new snapshot after the match. */
const COMPACT_AFTER = 500;

// A cache, not state: rebuilt from the stored names whenever it is missing (a
// service worker woken cold) or behind the journal (another page wrote).
const indexes = new WeakMap<CallprepDB, NameIndex>();

/**
 * Every customer's normalized name, current with every write this page made and
 * every write another page's journal append has landed. Warm, it costs one
 * small read (the journal); cold, one read of the journal, the snapshot and the
 * pending writes; only a database whose names were never stored, or whose
 * journal lost track, has its names read from the customers table. Never call
 * it inside a transaction.
 */
export async function customerNames(db: CallprepDB): Promise<NameIndex> {
  await journalSettled(db.name);
  const names = namesDb(db.name);
  const cached = indexes.get(db);
  if (cached) {
    const head = asHead(await names.names.get(HEAD_KEY));
    if (head && !head.stale && cached.base === head.base && cached.gen === head.gen) return cached;
    const journal = asJournal(await names.names.get(JOURNAL_KEY));
    if (journal && !journal.stale && cached.base === journal.base) {
      if (cached.gen !== journal.gen) {
        cached.apply(journal.ids.slice(cached.applied), journal.keys.slice(cached.applied));
        cached.gen = journal.gen;
        cached.applied = journal.ids.length;
      }
      if (journal.ids.length > COMPACT_AFTER) storeLater(db, cached, journal.gen);
      return cached;
    }
  }
  const [journalRecord, stored, pending] = await names.names.bulkGet([
    JOURNAL_KEY,
    SNAPSHOT_KEY,
    PENDING_KEY,
  ]);
  const journal = asJournal(journalRecord);
  const index =
    (await fromStore(db, journal, stored, pendingWrites(pending))) ??
    (await fromTable(db, journal));
  indexes.set(db, index);
  return index;
}

/**
 * The safety-net count waits this long: a worker woken for a page has its
 * reads to do first, and IndexedDB would queue them behind 100,000 keys counted.
 */
const SAFETY_COUNT_AFTER_MS = 5_000;

/** A write pending this long was left behind by a page that stopped: no append will clear it. */
const ABANDONED_MS = 60_000;

/**
 * The snapshot and the journal since. A write left pending may be missing from
 * the journal: then the customers are counted first (counting 100,000 keys costs
 * more than the rest of a cold start), else after the match, as a safety net.
 */
async function fromStore(
  db: CallprepDB,
  journal: NamesJournal | null,
  stored: unknown,
  pending: Record<string, number>,
): Promise<NameIndex | null> {
  if (!journal || journal.stale) return null;
  const snapshot = asSnapshot(stored);
  // A journal that began on an empty table needs no snapshot until it is compacted.
  const base = snapshot?.base === journal.base ? snapshot : null;
  const index = new NameIndex(
    journal.base,
    base?.ids ?? [],
    base?.keys ?? [],
    journal.gen,
    journal.ids.length,
    base?.index ?? null,
  );
  index.apply(journal.ids, journal.keys);
  const tokens = Object.keys(pending);
  if (tokens.length > 0) {
    if (index.count !== (await countCustomers(db))) return null;
    const now = Date.now();
    const abandoned = tokens.filter((t) => now - pending[t]! > ABANDONED_MS);
    if (abandoned.length) setTimeout(() => void clearAbandoned(db, abandoned).catch(() => {}), 0);
  } else setTimeout(() => void checkCount(db, index).catch(() => {}), SAFETY_COUNT_AFTER_MS);
  if (journal.ids.length > COMPACT_AFTER) storeLater(db, index, journal.gen);
  return index;
}

// Counted on the primary key: IndexedDB counts keys, never reads rows.
const countCustomers = (db: CallprepDB) => db.customers.orderBy(':id').count();

/** Pending writes of a page that stopped: the count just taken agreed with the names. */
async function clearAbandoned(db: CallprepDB, tokens: string[]): Promise<void> {
  const names = namesDb(db.name);
  await names.transaction('rw', names.names, async () => {
    const writes = { ...pendingWrites(await names.names.get(PENDING_KEY)) };
    for (const t of tokens) delete writes[t];
    await names.names.put({ key: PENDING_KEY, writes });
  });
}

/**
 * After a cold start that trusted the snapshot: a count that disagrees while
 * no write is pending and nothing was journaled since means the journal lost a
 * write (its page stopped before even the pending mark landed). The journal is
 * marked stale and this index dropped, so the next match reads the table.
 */
async function checkCount(db: CallprepDB, index: NameIndex): Promise<void> {
  if (indexes.get(db) !== index) return; // replaced or forgotten meanwhile
  const count = await countCustomers(db);
  if (count === index.count) return;
  const names = namesDb(db.name);
  await names.transaction('rw', names.names, async () => {
    const [journalRecord, pending] = await names.names.bulkGet([JOURNAL_KEY, PENDING_KEY]);
    const journal = asJournal(journalRecord);
    if (Object.keys(pendingWrites(pending)).length > 0) return; // a write in flight: counts differ for now
    if (!journal || journal.base !== index.base || journal.gen !== index.gen) return;
    const stale: NamesJournal = {
      ...journal,
      gen: journal.gen + 1,
      ids: [],
      keys: [],
      stale: true,
    };
    await names.names.bulkPut([stale, headOf(stale)]);
  });
  if (indexes.get(db) === index) indexes.delete(db);
}

async function fromTable(db: CallprepDB, journal: NamesJournal | null): Promise<NameIndex> {
  const [keys, ids] = await db.transaction('r', db.customers, () =>
    Promise.all([
      db.customers.orderBy('nameKey').keys(),
      db.customers.orderBy('nameKey').primaryKeys(),
    ]),
  );
  const index = new NameIndex(newBase(), ids, keys.map(String), -1, 0);
  storeLater(db, index, journal?.gen ?? null);
  return index;
}

/**
 * Stores the index as the new snapshot with an empty journal, unless a customer
 * was journaled since it was read (then the next load does it). Runs after the
 * match, in its own transaction; failing only costs speed.
 */
function storeLater(db: CallprepDB, index: NameIndex, seenGen: number | null): void {
  if (storing.has(db)) return; // one 100,000-name write at a time is plenty
  storing.add(db);
  setTimeout(() => {
    void storeSnapshot(db, index, seenGen)
      .catch(() => false)
      .finally(() => storing.delete(db));
  }, 0);
}

const storing = new WeakSet<CallprepDB>();

export async function storeSnapshot(
  db: CallprepDB,
  index: NameIndex,
  seenGen: number | null,
): Promise<boolean> {
  const names = namesDb(db.name);
  // Built before the transaction, which would not outlive a long computation;
  // from the live names alone, so the stored index lines up with them.
  const live = index.entries();
  const stored = new NameIndex('', live.ids, live.keys).storedIndex();
  return names.transaction('rw', names.names, async () => {
    const journal = asJournal(await names.names.get(JOURNAL_KEY));
    if ((journal?.gen ?? null) !== seenGen) return false;
    // A new base, so another page's cached index (which counts the entries it
    // applied) never mistakes the emptied journal for the one it read.
    const base = newBase();
    const snapshot = snapshotRecord(base, live, stored);
    const gen = (journal?.gen ?? 0) + 1;
    const empty: NamesJournal = { key: JOURNAL_KEY, base, gen, ids: [], keys: [], stale: false };
    await names.names.bulkPut([snapshot, empty, headOf(empty)]);
    index.base = base;
    index.gen = gen;
    index.applied = 0;
    return true;
  });
}

/** The count after a cold start (run 5 s after it), now. */
export async function recheckCustomerNames(db: CallprepDB): Promise<void> {
  const index = indexes.get(db);
  if (index) await checkCount(db, index);
}

/** Forgets the in-memory names (what a service worker waking cold starts without). */
export function forgetCustomerNames(db: CallprepDB): void {
  indexes.delete(db);
}
