import type { CallprepDB } from '../db/schema';
import {
  countMonths,
  joinMonths,
  meetingMonths,
  promiseMonths,
  type CountMonths,
  type MeetingMonths,
  type MonthlyRecord,
  type Puller,
  type PromiseMonths,
} from './monthly';
import { recordWindow } from './window';

/** Customer names by id, for the customers a record lists. */
export type Names = { names: Map<string, string> };
export type MyRecordData = MonthlyRecord & Names;

/** Only the names of the customers listed: a bulkGet of a few ids, never the customers table. */
async function namesOf(db: CallprepDB, pulling: Record<string, Puller[]>): Promise<Names> {
  const ids = [...new Set(Object.values(pulling).flatMap((p) => p.map((x) => x.customerId)))];
  const customers = await db.customers.bulkGet(ids);
  const names = new Map<string, string>();
  customers.forEach((c, i) => names.set(ids[i]!, c?.name ?? 'A deleted customer'));
  return { names };
}

/** The promise charts: promises due in the window, or due later and perhaps done early in it. */
export async function loadPromiseMonths(
  db: CallprepDB,
  now: number,
): Promise<PromiseMonths & Names> {
  const w = recordWindow(now);
  const rows = await db.commitments.where('dueAt').aboveOrEqual(w.from).toArray();
  const part = promiseMonths(rows, now);
  return { ...part, ...(await namesOf(db, part.pulling)) };
}

/** The meeting charts, from the meetings that started in the window (by the startsAt index). */
export async function loadMeetingMonths(
  db: CallprepDB,
  now: number,
): Promise<MeetingMonths & Names> {
  const w = recordWindow(now);
  const rows = await db.meetings.where('startsAt').between(w.from, now, true, true).toArray();
  const part = meetingMonths(rows, now);
  return { ...part, ...(await namesOf(db, part.pulling)) };
}

/** Goals achieved (every goal: no index says when one was achieved) and referrals received. */
export async function loadCountMonths(db: CallprepDB, now: number): Promise<CountMonths> {
  const w = recordWindow(now);
  const [goals, referrals] = await Promise.all([
    db.goals.toArray(),
    db.referrals.where('at').between(w.from, now, true, true).toArray(),
  ]);
  return countMonths({ goals, referrals }, now);
}

/**
 * My record from indexed range reads (meetings by start, promises by due date,
 * referrals by date, within the 12 months), and only the names of the
 * customers it lists.
 */
export async function loadMyRecord(db: CallprepDB, now: number): Promise<MyRecordData> {
  const [p, m, c] = await Promise.all([
    loadPromiseMonths(db, now),
    loadMeetingMonths(db, now),
    loadCountMonths(db, now),
  ]);
  return { ...joinMonths(p, m, c), names: new Map([...p.names, ...m.names]) };
}
