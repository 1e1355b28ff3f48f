import Dexie from 'dexie';
import type { CallprepDB } from '../db/schema';
import {
  addMeetings,
  addPromises,
  addPulls,
  countMonths,
  finishMeetings,
  finishPromises,
  joinMonths,
  meetingMonths,
  meetingSums,
  promiseMonths,
  promiseSums,
  recordMonths,
  type MonthlyRecord,
  type Puller,
} from './monthly';
import { isTallyMeta, monthKeyOf, pullsOf, TALLY_META_KEY, type MonthTally } from './tally';
import { talliesAreFresh } from './tally-store';
import { monthStart, RECORD_MONTHS, recordWindow } from './window';

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

/**
 * My record from every row in the window: meetings by start, promises by due
 * date, all goals, referrals by date. What the tallies stand in for, and what
 * is read while they are being rebuilt.
 */
export async function monthlyRecordFromRows(db: CallprepDB, now: number): Promise<MonthlyRecord> {
  const w = recordWindow(now);
  const [meetings, promises, goals, referrals] = await Promise.all([
    db.meetings.where('startsAt').between(w.from, now, true, true).toArray(),
    db.commitments.where('dueAt').aboveOrEqual(w.from).toArray(),
    db.goals.toArray(),
    db.referrals.where('at').between(w.from, now, true, true).toArray(),
  ]);
  return joinMonths(
    promiseMonths(promises, now),
    meetingMonths(meetings, now),
    countMonths({ goals, referrals }, now),
  );
}

/**
 * The months over, from their tallies; this month, whose counts still move
 * with the clock (a meeting starts, a promise falls due), from its rows.
 */
export async function monthlyRecordFromTallies(
  db: CallprepDB,
  now: number,
  tallies: readonly MonthTally[],
): Promise<MonthlyRecord> {
  const thisMonth = monthStart(now);
  const [meetings, done, open, goals, referrals] = await Promise.all([
    db.meetings.where('startsAt').between(thisMonth, now, true, true).toArray(),
    // Done promises due from this month on count where they were due, or where done early.
    db.commitments
      .where('[status+dueAt]')
      .between(['done', thisMonth], ['done', Dexie.maxKey], true, true)
      .toArray(),
    // Open ones count only once overdue.
    db.commitments
      .where('[status+dueAt]')
      .between(['open', thisMonth], ['open', now], true, true)
      .toArray(),
    db.goals.where('updatedAt').between(thisMonth, now, true, true).toArray(),
    db.referrals.where('at').between(thisMonth, now, true, true).toArray(),
  ]);
  const months = recordMonths(now);
  const index = new Map(months.map((m, i) => [monthKeyOf(m)!, i]));
  const current = RECORD_MONTHS - 1;
  const p = promiseSums();
  const m = meetingSums();
  const goalsAchieved = new Array<number>(RECORD_MONTHS).fill(0);
  const referralsReceived = new Array<number>(RECORD_MONTHS).fill(0);
  for (const t of tallies) {
    const [month, table] = t.key.split('|');
    const i = index.get(month!);
    if (i === undefined) continue;
    const n = (name: string) => t.counts[name] ?? 0;
    if (i === current) continue;
    if (table === 'meetings') {
      m.onTime[i]!.n += n('held');
      m.onTime[i]!.sum += n('held') - n('late');
      m.prepared[i]!.n += n('recorded');
      m.prepared[i]!.sum += n('percentSum');
      addPulls(m.pull.onTime, pullsOf(t, 'onTime'));
      addPulls(m.pull.prepared, pullsOf(t, 'prepared'));
    } else if (table === 'commitments') {
      for (const side of ['ours', 'theirs'] as const) {
        p[side][i]!.n += n(`${side}Kept`) + n(`${side}Late`) + n(`${side}Open`);
        p[side][i]!.sum += n(`${side}Kept`);
        addPulls(p.pull[side], pullsOf(t, side));
      }
    } else if (table === 'goals') goalsAchieved[i]! += n('achieved');
    else if (table === 'referrals') referralsReceived[i]! += n('received');
  }
  addMeetings(m, meetings, now);
  addPromises(p, [...done, ...open], now);
  const live = countMonths({ goals, referrals }, now);
  live.goalsAchieved.forEach((g, i) => (goalsAchieved[i]! += g));
  live.referralsReceived.forEach((r, i) => (referralsReceived[i]! += r));
  return joinMonths(finishPromises(p, now), finishMeetings(m, now), {
    months,
    goalsAchieved,
    referralsReceived,
  });
}

/**
 * My record: from the stored monthly tallies when they can be trusted (a few
 * dozen rows and this month's), else from every row in the window; and only
 * the names of the customers it lists.
 */
export async function loadMyRecord(db: CallprepDB, now: number): Promise<MyRecordData> {
  const w = recordWindow(now);
  const [meta, tallies] = await Promise.all([
    db.recordMonths.get(TALLY_META_KEY),
    db.recordMonths
      .where('key')
      .between(`${monthKeyOf(w.from)}|`, `${monthKeyOf(now)}|\uffff`, true, true)
      .toArray(),
  ]);
  const record = talliesAreFresh(meta, db.verno)
    ? await monthlyRecordFromTallies(
        db,
        now,
        tallies.filter((t): t is MonthTally => !isTallyMeta(t)),
      )
    : await monthlyRecordFromRows(db, now);
  return { ...record, ...(await namesOf(db, record.pulling)) };
}
