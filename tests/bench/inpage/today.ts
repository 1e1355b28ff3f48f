/**
 * Bundled and evaluated in an extension page (see db.ts): times Today's agenda
 * loader alone in the app's real database, without painting, and counts the
 * rows each of its reads hands back, so the paint figure splits into reading +
 * computing and the rest (scripts, React, the panel's own first screen).
 */
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { CallprepDB } from '../../../lib/db/schema';
import { hasCustomers } from '../../../lib/queries/customers';
import { loadTodayAgenda } from '../../../lib/today/load';

export type AgendaTiming = {
  ms: number[];
  /** table → rows its reads returned, in one load */
  rows: Record<string, number>;
  lines: number;
  /** the side panel's other first read: whether there is any customer */
  anyCustomerMs: number;
};

/** Counts what every read returns, per table (a DBCore middleware: it sees all reads). */
function rowCounter(rows: Record<string, number>): Middleware<DBCore> {
  const add = (table: string, n: number) => (rows[table] = (rows[table] ?? 0) + n);
  return {
    stack: 'dbcore',
    name: 'benchRowCounter',
    create: (down) => ({
      ...down,
      table(name): DBCoreTable {
        const t = down.table(name);
        return {
          ...t,
          get: async (req) => {
            const r = await t.get(req);
            add(name, r === undefined ? 0 : 1);
            return r;
          },
          getMany: async (req) => {
            const r = await t.getMany(req);
            add(name, r.filter((x) => x !== undefined).length);
            return r;
          },
          query: async (req) => {
            const r = await t.query(req);
            add(name, r.result.length);
            return r;
          },
          openCursor: async (req) => {
            const cursor = await t.openCursor(req);
            if (!cursor) return cursor;
            // A filter() walks every row of its range by cursor: count each step.
            const start = cursor.start.bind(cursor);
            cursor.start = (onNext) =>
              start(() => {
                add(name, 1);
                onNext();
              });
            return cursor;
          },
          count: async (req) => {
            const r = await t.count(req);
            add(`${name} (count)`, r);
            return r;
          },
        };
      },
    }),
  };
}

export async function timeAgenda(runs: number): Promise<AgendaTiming> {
  const rows: Record<string, number> = {};
  const counted = new CallprepDB();
  counted.use(rowCounter(rows));
  await counted.open();
  const now = Date.now();
  const agenda = await loadTodayAgenda(counted, now);
  counted.close();

  const db = new CallprepDB();
  await db.open();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await loadTodayAgenda(db, now);
    ms.push(performance.now() - t0);
  }
  const t0 = performance.now();
  await hasCustomers(db);
  const anyCustomerMs = performance.now() - t0;
  db.close();
  const lines = agenda.meetings.length + agenda.promises.length + agenda.news.length;
  return { ms, rows, lines: lines + agenda.goals.length, anyCustomerMs };
}
