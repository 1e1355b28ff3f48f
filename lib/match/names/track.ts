import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreRangeType,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { normalizeCompanyName } from '../normalize';
import {
  asJournal,
  headOf,
  JOURNAL_KEY,
  MAX_JOURNAL,
  namesDb,
  newBase,
  PENDING_KEY,
  pendingWrites,
  type NamesJournal,
  type NamesPending,
} from './records';

const CUSTOMERS = 'customers';

/** What one transaction changed in the names: id → name key, or null when deleted. */
type Change = { ids: string[]; keys: (string | null)[]; lost: boolean; emptyBefore: boolean };

function changeOf(req: DBCoreMutateRequest, failures: Record<number, Error>, into: Change): void {
  if (req.type === 'deleteRange') {
    into.lost = true;
    return;
  }
  if (req.type === 'delete') {
    for (const key of req.keys) {
      into.ids.push(String(key));
      into.keys.push(null);
    }
    return;
  }
  req.values.forEach((row: { id?: unknown; name?: unknown; nameKey?: unknown }, i) => {
    if (failures[i]) return;
    const id = req.keys?.[i] ?? row.id;
    if (typeof id !== 'string') return;
    into.ids.push(id);
    into.keys.push(
      typeof row.nameKey === 'string'
        ? row.nameKey
        : normalizeCompanyName(typeof row.name === 'string' ? row.name : ''),
    );
  });
}

/** The journal with one committed transaction's change appended. */
export function appended(journal: NamesJournal | null, change: Change): NamesJournal {
  // No journal yet: a table that was empty starts from nothing; one that was
  // not holds names written before the journal existed, read once from the table.
  const from = journal ?? {
    key: JOURNAL_KEY,
    base: newBase(),
    gen: 0,
    ids: [],
    keys: [],
    stale: !change.emptyBefore,
  };
  const gen = from.gen + 1;
  if (from.stale || change.lost || from.ids.length + change.ids.length > MAX_JOURNAL)
    return { ...from, gen, ids: [], keys: [], stale: true };
  return { ...from, gen, ids: from.ids.concat(change.ids), keys: from.keys.concat(change.keys) };
}

/** Says a write began (records.ts's `pending`), before it can commit. */
async function markPending(dbName: string, token: string): Promise<void> {
  const db = namesDb(dbName);
  await db.transaction('rw', db.names, async () => {
    const writes = pendingWrites(await db.names.get(PENDING_KEY));
    await db.names.put({ key: PENDING_KEY, writes: { ...writes, [token]: Date.now() } });
  });
}

function withoutToken(value: unknown, token: string): NamesPending {
  const writes = { ...pendingWrites(value) };
  delete writes[token];
  return { key: PENDING_KEY, writes };
}

async function append(dbName: string, change: Change | null, token: string): Promise<void> {
  const db = namesDb(dbName);
  await db.transaction('rw', db.names, async () => {
    const [journal, pending] = await db.names.bulkGet([JOURNAL_KEY, PENDING_KEY]);
    const done = withoutToken(pending, token);
    if (!change) return void (await db.names.put(done)); // aborted: nothing to journal
    const next = appended(asJournal(journal), change);
    await db.names.bulkPut([next, headOf(next), done]);
  });
}

// Appends this page has not finished: its own matches wait for them, so a
// customer it wrote is found at once (other pages' writes follow within ms).
const inFlight = new Map<string, Set<Promise<void>>>();

/** Resolves once every customer write this page committed is in the journal. */
export async function journalSettled(dbName: string): Promise<void> {
  const pending = inFlight.get(dbName);
  if (pending?.size) await Promise.all(pending);
}

function isIdbTransaction(t: DBCoreTransaction): t is DBCoreTransaction & IDBTransaction {
  return typeof (t as Partial<IDBTransaction>).addEventListener === 'function';
}

function trackedCustomers(dbName: string, customers: DBCoreTable): DBCoreTable {
  const changes = new WeakMap<DBCoreTransaction, Change>();
  const isEmpty = async (trans: DBCoreTransaction) =>
    (
      await customers.query({
        trans,
        limit: 1,
        values: false,
        query: {
          index: customers.schema.primaryKey,
          range: { type: 2 as DBCoreRangeType, lower: undefined, upper: undefined },
        },
      })
    ).result.length === 0;

  /**
   * The transaction's change, journaled once when it commits (dropped if it
   * aborts). Synchronous: Dexie's own middlewares below need its zone intact.
   */
  function changeFor(trans: DBCoreTransaction): Change {
    const known = changes.get(trans);
    if (known) return known;
    const change: Change = { ids: [], keys: [], lost: false, emptyBefore: false };
    changes.set(trans, change);
    if (!isIdbTransaction(trans)) {
      change.lost = true; // cannot tell when it commits: have the names read again
      return change;
    }
    // Issued before the write, so it sees the table as the write found it.
    const emptyBefore = isEmpty(trans).then(
      (empty) => void (change.emptyBefore = empty),
      () => {},
    );
    // Alongside the write, not before it (the write never waits): lands first in practice.
    const token = newBase();
    const marked = markPending(dbName, token).catch(() => {});
    const pending = inFlight.get(dbName) ?? new Set<Promise<void>>();
    inFlight.set(dbName, pending);
    const done = new Promise<void>((resolve) => {
      trans.addEventListener('complete', () => {
        // After the event, not in it: Dexie settles the transaction and wakes live
        // queries on this same 'complete'; the journal write waits its turn
        // instead of delaying what the seller is looking at.
        void new Promise((r) => setTimeout(r, 0))
          .then(() => Promise.all([emptyBefore, marked]))
          .then(() => append(dbName, change, token))
          .catch((e: unknown) => console.error('Callprep: customer names not journaled', e))
          .finally(resolve);
      });
      trans.addEventListener('abort', () => {
        void marked
          .then(() => append(dbName, null, token))
          .catch(() => {})
          .finally(resolve);
      });
    });
    pending.add(done);
    void done.then(() => pending.delete(done));
    return change;
  }

  return {
    ...customers,
    mutate(req) {
      const change = changeFor(req.trans);
      return customers.mutate(req).then((res) => {
        changeOf(req, res.failures, change);
        return res;
      });
    },
  };
}

/**
 * A Dexie middleware that journals every committed write to `customers`
 * (repository, CSV import, backup restore, sample workspace, migrations) into
 * the names database (records.ts), so the fuzzy matcher's names never miss one:
 * one tiny query per write transaction, one journal write after it commits.
 */
export const customerNamesJournal: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'CustomerNamesJournal',
  create(down) {
    const hasCustomers = down.schema.tables.some((t) => t.name === CUSTOMERS);
    const tracked = hasCustomers ? trackedCustomers(down.schema.name, down.table(CUSTOMERS)) : null;
    return {
      ...down,
      table(name) {
        return tracked && name === CUSTOMERS ? tracked : down.table(name);
      },
    };
  },
};
