import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreRangeType,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import {
  applied,
  deltaOf,
  isTalliedTable,
  isTallyMeta,
  RECORD_MONTHS_TABLE,
  TALLY_META_KEY,
  type MonthTally,
  type TalliedTable,
} from './tally';

const ANY_RANGE = 3 as DBCoreRangeType; // DBCoreRangeType.Any: what Table.clear() deletes

/** The rows a write removes: 'all' for a clear, which drops the table's tallies unread. */
type Removed = readonly unknown[] | 'all';

const scopeOf = (trans: DBCoreTransaction): { mode?: string; objectStoreNames?: DOMStringList } =>
  trans as unknown as { mode?: string; objectStoreNames?: DOMStringList };

/**
 * A Dexie middleware that keeps My record's monthly tallies (tally.ts) in step
 * with every write to meetings, promises, goals and referrals, in the write's
 * own transaction: the repositories, calendar import, sample workspace, backup
 * restore and migrations alike, so the tallies commit or roll back with the
 * rows they count.
 *
 * Level 1.5: below Dexie's hooks middleware (which looks tables up in the
 * Dexie transaction, where the tallies are not declared) and above its
 * observability and cache middlewares, so live queries reading the tallies
 * hear of every change. Everything chains on Dexie's own promises, which keep
 * the transaction's zone those middlewares read.
 */
export const recordMonthsTally: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'RecordMonthsTally',
  level: 1.5,
  create(down) {
    if (!down.schema.tables.some((t) => t.name === RECORD_MONTHS_TABLE)) return down;
    const tallies = down.table(RECORD_MONTHS_TABLE);
    const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
    const fresh = new WeakMap<DBCoreTransaction, Promise<boolean>>();

    /** One tally update at a time per transaction: each reads what the previous wrote. */
    function serially<T>(trans: DBCoreTransaction, run: () => Promise<T>): Promise<T> {
      const previous = queues.get(trans);
      const next = previous ? previous.then(run, run) : run();
      queues.set(
        trans,
        next.then(
          () => undefined,
          () => undefined,
        ),
      );
      return next;
    }

    /** Whether the stored tallies are kept at all: a rebuild is due when they are not. */
    function keptIn(trans: DBCoreTransaction): Promise<boolean> {
      let known = fresh.get(trans);
      if (!known) {
        known = tallies
          .get({ trans, key: TALLY_META_KEY })
          .then((meta: unknown) => isTallyMeta(meta) && !meta.stale);
        fresh.set(trans, known);
      }
      return known;
    }

    function markStale(trans: DBCoreTransaction, why: unknown): Promise<void> {
      console.error('Callprep: My record tallies marked for a rebuild', why);
      fresh.set(trans, Dexie.Promise.resolve(false));
      return tallies
        .get({ trans, key: TALLY_META_KEY })
        .then((meta: unknown) =>
          isTallyMeta(meta)
            ? tallies.mutate({ trans, type: 'put', values: [{ ...meta, stale: true }] })
            : undefined,
        )
        .then(() => undefined);
    }

    function removedBy(table: DBCoreTable, req: DBCoreMutateRequest): Promise<Removed> {
      const { trans } = req;
      if (req.type === 'add') return Dexie.Promise.resolve([]);
      if (req.type === 'deleteRange') {
        if (req.range.type === ANY_RANGE) return Dexie.Promise.resolve('all' as const);
        return table
          .query({
            trans,
            values: true,
            query: { index: table.schema.primaryKey, range: req.range },
          })
          .then((r) => r.result);
      }
      const keys: unknown[] =
        req.type === 'delete'
          ? req.keys
          : (req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey?.(v)));
      // A row written without a key yet (none of ours) replaces nothing.
      const known = keys.flatMap((k, i) => (k === undefined || k === null ? [] : [i]));
      return table.getMany({ trans, keys: known.map((i) => keys[i]) }).then((rows) => {
        const byIndex: unknown[] = new Array(keys.length);
        known.forEach((i, j) => (byIndex[i] = rows[j]));
        return byIndex;
      });
    }

    /** The rows replaced and written, without those the write failed on (a bulkAdd's duplicates). */
    function changedRows(
      req: DBCoreMutateRequest,
      removed: readonly unknown[],
      res: DBCoreMutateResponse,
    ): { removed: unknown[]; written: unknown[] } {
      if (req.type === 'delete' || req.type === 'deleteRange')
        return { removed: [...removed], written: [] };
      const ok = (i: number) => !res.failures[i];
      return {
        removed: removed.filter((_, i) => ok(i)),
        written: req.values.filter((_, i) => ok(i)),
      };
    }

    function dropTableTallies(trans: DBCoreTransaction, table: TalliedTable): Promise<void> {
      return tallies
        .query({
          trans,
          values: false,
          query: { index: tallies.schema.primaryKey, range: { type: ANY_RANGE } as never },
        })
        .then((r) => {
          const keys = (r.result as string[]).filter((k) => k.endsWith(`|${table}`));
          return keys.length ? tallies.mutate({ trans, type: 'delete', keys }) : undefined;
        })
        .then(() => undefined);
    }

    function addChange(
      trans: DBCoreTransaction,
      table: TalliedTable,
      removed: readonly unknown[],
      written: readonly unknown[],
    ): Promise<void> {
      const delta = deltaOf(table, removed, written);
      if (delta.size === 0) return Dexie.Promise.resolve();
      const keys = [...delta.keys()];
      return tallies
        .getMany({ trans, keys })
        .then((rows) => {
          const put: MonthTally[] = [];
          const gone: string[] = [];
          keys.forEach((key, i) => {
            const next = applied(key, rows[i] as MonthTally | undefined, delta.get(key)!);
            if (next) put.push(next);
            else if (rows[i]) gone.push(key);
          });
          return (
            put.length
              ? tallies.mutate({ trans, type: 'put', values: put })
              : Dexie.Promise.resolve()
          ).then(() =>
            gone.length ? tallies.mutate({ trans, type: 'delete', keys: gone }) : undefined,
          );
        })
        .then(() => undefined);
    }

    function tracked(name: TalliedTable, table: DBCoreTable): DBCoreTable {
      return {
        ...table,
        mutate(req) {
          const scope = scopeOf(req.trans);
          // An upgrade rewrites rows before the tallies exist; the tallies are
          // rebuilt after it (their meta names the schema version they were built at).
          if (
            scope.mode === 'versionchange' ||
            !scope.objectStoreNames?.contains(RECORD_MONTHS_TABLE)
          )
            return table.mutate(req);
          return serially(req.trans, () =>
            keptIn(req.trans).then((kept) => {
              if (!kept) return table.mutate(req);
              return removedBy(table, req).then((removed) =>
                table.mutate(req).then((res) => {
                  const update =
                    removed === 'all'
                      ? dropTableTallies(req.trans, name)
                      : (() => {
                          const rows = changedRows(req, removed, res);
                          return addChange(req.trans, name, rows.removed, rows.written);
                        })();
                  return update.then(
                    () => res,
                    (e: unknown) => markStale(req.trans, e).then(() => res),
                  );
                }),
              );
            }),
          );
        },
      };
    }

    const wrapped = new Map<string, DBCoreTable>();
    return {
      ...down,
      // Every write transaction over a counted table also takes the tallies.
      transaction(stores, mode, options) {
        const widen =
          mode === 'readwrite' &&
          !stores.includes(RECORD_MONTHS_TABLE) &&
          stores.some((s) => isTalliedTable(s));
        return down.transaction(widen ? [...stores, RECORD_MONTHS_TABLE] : stores, mode, options);
      },
      table(name) {
        if (!isTalliedTable(name)) return down.table(name);
        let t = wrapped.get(name);
        if (!t) wrapped.set(name, (t = tracked(name, down.table(name))));
        return t;
      },
    };
  },
};
