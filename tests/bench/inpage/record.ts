/**
 * Bundled and evaluated in an extension page (see db.ts): writes a year of
 * history at scale into the app's real database, and times My record's loader
 * there without painting, so the page figure can be split into reading and
 * computing.
 */
import { CallprepDB } from '../../../lib/db/schema';
import Dexie from 'dexie';
import {
  loadMyRecord,
  monthlyRecordFromRows,
  monthlyRecordFromTallies,
} from '../../../lib/record/load-monthly';
import { isTallyMeta, monthKeyOf, type MonthTally } from '../../../lib/record/tally';
import { monthStart, recordWindow } from '../../../lib/record/window';
import { generateCustomerRows } from '../generate';
import { generateRecordHistory } from '../record-generate';

const CHUNK = 10_000;

async function bulk<T>(table: { bulkAdd(rows: T[]): Promise<unknown> }, rows: T[]) {
  for (let i = 0; i < rows.length; i += CHUNK) await table.bulkAdd(rows.slice(i, i + CHUNK));
}

export type Seeded = {
  customers: number;
  meetings: number;
  commitments: number;
  goals: number;
  referrals: number;
};

export async function seedRecord(customers: number, meetings: number): Promise<Seeded> {
  const db = new CallprepDB();
  await db.open();
  const now = Date.now();
  const g = generateCustomerRows(customers, 2, { idPrefix: 'bench', now });
  const h = generateRecordHistory({ customerIds: g.customers.map((c) => c.id), meetings, now });
  await bulk(db.customers, g.customers);
  await bulk(db.contacts, g.contacts);
  await bulk(db.meetings, h.meetings);
  await bulk(db.commitments, h.commitments);
  await bulk(db.goals, h.goals);
  await bulk(db.referrals, h.referrals);
  db.close();
  return {
    customers: g.customers.length,
    meetings: h.meetings.length,
    commitments: h.commitments.length,
    goals: h.goals.length,
    referrals: h.referrals.length,
  };
}

/** loadMyRecord alone, `runs` times: milliseconds each, and how many customers it lists. */
export async function timeLoader(runs: number): Promise<{ ms: number[]; pullers: number }> {
  const db = new CallprepDB();
  await db.open();
  const ms: number[] = [];
  let pullers = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const data = await loadMyRecord(db, Date.now());
    ms.push(performance.now() - t0);
    pullers = data.names.size;
  }
  db.close();
  return { ms, pullers };
}

/**
 * Where the loader's time goes, each part alone, once: the stored tallies and
 * this month's rows it reads, and, for comparison, reading every row of the
 * window and counting them (what the tallies stand in for).
 */
export async function timeReads(): Promise<Record<string, number>> {
  const db = new CallprepDB();
  await db.open();
  const now = Date.now();
  const out: Record<string, number> = {};
  const time = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const r = await f();
    out[name] = performance.now() - t0;
    return r;
  };
  const w = recordWindow(now);
  const tallies = await time('tallies', () =>
    db.recordMonths
      .where('key')
      .between(`${monthKeyOf(w.from)}|`, `${monthKeyOf(now)}|\uffff`)
      .toArray(),
  );
  const thisMonth = monthStart(now);
  await time('this month’s meetings', () =>
    db.meetings.where('startsAt').between(thisMonth, now, true, true).toArray(),
  );
  await time('promises from this month', () =>
    db.commitments
      .where('[status+dueAt]')
      .between(['done', thisMonth], ['done', Dexie.maxKey], true, true)
      .toArray(),
  );
  await time('tallies + this month counted', () =>
    monthlyRecordFromTallies(
      db,
      now,
      tallies.filter((t): t is MonthTally => !isTallyMeta(t)),
    ),
  );
  await time('every row of the window counted', () => monthlyRecordFromRows(db, now));
  db.close();
  return out;
}
