import type { CallprepDB } from '../db/schema';
import { monthlyRecord, type MonthlyRecord } from './monthly';
import { recordWindow } from './window';

export type MyRecordData = MonthlyRecord & { names: Map<string, string> };

/**
 * My record from indexed range reads (meetings by start, promises by due date,
 * referrals by date, within the 12 months), and only the names of the
 * customers it lists.
 */
export async function loadMyRecord(db: CallprepDB, now: number): Promise<MyRecordData> {
  const w = recordWindow(now);
  const [meetings, promises, goals, referrals] = await Promise.all([
    db.meetings.where('startsAt').between(w.from, now, true, true).toArray(),
    // due in the window, or due later and perhaps done early in it
    db.commitments.where('dueAt').aboveOrEqual(w.from).toArray(),
    db.goals.toArray(),
    db.referrals.where('at').between(w.from, now, true, true).toArray(),
  ]);
  const record = monthlyRecord({ meetings, promises, goals, referrals }, now);
  const ids = [
    ...new Set(Object.values(record.pulling).flatMap((p) => p.map((x) => x.customerId))),
  ];
  const customers = await db.customers.bulkGet(ids);
  const names = new Map<string, string>();
  customers.forEach((c, i) => names.set(ids[i]!, c?.name ?? 'A deleted customer'));
  return { ...record, names };
}
