/**
 * Bundled and evaluated in an extension page (see db.ts): writes a year of
 * history at scale into the app's real database, and times My record's loader
 * there without painting, so the page figure can be split into reading and
 * computing.
 */
import { CallprepDB } from '../../../lib/db/schema';
import { loadMyRecord } from '../../../lib/record/load-monthly';
import { monthlyRecord } from '../../../lib/record/monthly';
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

/** Each of the loader's reads alone, once: where its time goes. */
export async function timeReads(): Promise<Record<string, number>> {
  const db = new CallprepDB();
  await db.open();
  const now = Date.now();
  const from = now - 365 * 24 * 3600_000;
  const out: Record<string, number> = {};
  const time = async (name: string, f: () => Promise<unknown>) => {
    const t0 = performance.now();
    await f();
    out[name] = performance.now() - t0;
  };
  const rows = { meetings: [], promises: [], goals: [], referrals: [] } as Parameters<
    typeof monthlyRecord
  >[0];
  await time('meetings', async () => {
    rows.meetings = await db.meetings.where('startsAt').between(from, now).toArray();
  });
  // the floor of any read of every meeting in the window: keys only, no values
  await time('meeting keys', () => db.meetings.where('startsAt').between(from, now).primaryKeys());
  await time('promises', async () => {
    rows.promises = await db.commitments.where('dueAt').aboveOrEqual(from).toArray();
  });
  await time('goals', async () => {
    rows.goals = await db.goals.toArray();
  });
  await time('referrals', async () => {
    rows.referrals = await db.referrals.where('at').between(from, now).toArray();
  });
  await time('compute', async () => monthlyRecord(rows, now));
  db.close();
  return out;
}
