import type { Goal } from '../db/models';
import type { MeetingFacts } from './meetings';
import { isHeld } from './meetings';
import { promiseCountsIn, promiseOutcome, type PromiseFacts } from './promises';
import type { ReferralFacts } from './referrals';
import { monthIndexer, RECORD_MONTHS, recordWindow } from './window';

/** One month of one component: a share (or mean) of a count, null when nothing counted. */
export type MonthValue = { value: number | null; of: number };

export type ComponentId = 'ours' | 'theirs' | 'prepared' | 'onTime';

/** A customer pulling a component down, and by how many rows (late promises, late meetings…). */
export type Puller = { customerId: string; count: number };

export type MonthlyRecord = {
  /** the first day of each month, oldest first */
  months: number[];
  /** share kept on time per month (0..1), by the month each promise was due */
  ours: MonthValue[];
  theirs: MonthValue[];
  /** mean readiness at the start (0..100) of meetings with a snapshot */
  prepared: MonthValue[];
  /** share of held meetings on time (0..1) */
  onTime: MonthValue[];
  goalsAchieved: number[];
  referralsReceived: number[];
  /** the customers with the most late promises, unprepared or late meetings, most first */
  pulling: Record<ComponentId, Puller[]>;
};

export type MonthlyInput = {
  meetings: readonly MeetingFacts[];
  promises: readonly (PromiseFacts & { customerId: string })[];
  goals: readonly Pick<Goal, 'status' | 'updatedAt'>[];
  referrals: readonly ReferralFacts[];
};

/** A prepared meeting: ready, or at least this ready, at its start. */
export const PREPARED_ENOUGH_PERCENT = 80;
const PULLERS_SHOWN = 5;

const sums = () => Array.from({ length: RECORD_MONTHS }, () => ({ sum: 0, n: 0 }));
const values = (rows: { sum: number; n: number }[]): MonthValue[] =>
  rows.map(({ sum, n }) => ({ value: n === 0 ? null : sum / n, of: n }));

function top(counts: Map<string, number>): Puller[] {
  return [...counts]
    .map(([customerId, count]) => ({ customerId, count }))
    .sort((a, b) => b.count - a.count || a.customerId.localeCompare(b.customerId))
    .slice(0, PULLERS_SHOWN);
}
const bump = (m: Map<string, number>, id: string) => m.set(id, (m.get(id) ?? 0) + 1);

type Pulls = Map<string, number>;

/** The promise charts (ours, theirs) and who pulls them down: one pass over the promises. */
export type PromiseMonths = Pick<MonthlyRecord, 'months' | 'ours' | 'theirs'> & {
  pulling: Pick<MonthlyRecord['pulling'], 'ours' | 'theirs'>;
};

/** The meeting charts (prepared, on time) and who pulls them down: one pass over the meetings. */
export type MeetingMonths = Pick<MonthlyRecord, 'months' | 'prepared' | 'onTime'> & {
  pulling: Pick<MonthlyRecord['pulling'], 'prepared' | 'onTime'>;
};

/** Goals achieved and referrals received per month. */
export type CountMonths = Pick<MonthlyRecord, 'months' | 'goalsAchieved' | 'referralsReceived'>;

function recordMonths(now: number): number[] {
  const w = recordWindow(now);
  return Array.from({ length: RECORD_MONTHS }, (_, i) => {
    const d = new Date(w.from);
    return new Date(d.getFullYear(), d.getMonth() + i, 1).getTime();
  });
}

export function promiseMonths(rows: MonthlyInput['promises'], now: number): PromiseMonths {
  const w = recordWindow(now);
  const monthIndex = monthIndexer(now);
  const ours = sums();
  const theirs = sums();
  const pull: { ours: Pulls; theirs: Pulls } = { ours: new Map(), theirs: new Map() };
  for (const c of rows) {
    if (!promiseCountsIn(c, w)) continue;
    const o = promiseOutcome(c, now);
    if (o.kind === 'not-counted' || o.kind === 'not-due') continue;
    const when = c.dueAt !== null && c.dueAt <= now ? c.dueAt : (c.doneAt ?? now);
    const i = monthIndex(when);
    if (i < 0) continue;
    const kept = o.kind === 'early' || o.kind === 'on-time';
    const side = c.owner === 'us' ? ours : theirs;
    side[i]!.n++;
    if (kept) side[i]!.sum++;
    else bump(c.owner === 'us' ? pull.ours : pull.theirs, c.customerId);
  }
  return {
    months: recordMonths(now),
    ours: values(ours),
    theirs: values(theirs),
    pulling: { ours: top(pull.ours), theirs: top(pull.theirs) },
  };
}

export function meetingMonths(rows: MonthlyInput['meetings'], now: number): MeetingMonths {
  const monthIndex = monthIndexer(now);
  const prepared = sums();
  const onTime = sums();
  const pull: { prepared: Pulls; onTime: Pulls } = { prepared: new Map(), onTime: new Map() };
  for (const m of rows) {
    if (!isHeld(m, now)) continue;
    const i = monthIndex(m.startsAt);
    if (i < 0) continue;
    onTime[i]!.n++;
    if (m.onTime === false) bump(pull.onTime, m.customerId);
    else onTime[i]!.sum++;
    const s = m.readinessAtStart;
    if (!s) continue;
    prepared[i]!.n++;
    prepared[i]!.sum += s.percent;
    if (!s.ready && s.percent < PREPARED_ENOUGH_PERCENT) bump(pull.prepared, m.customerId);
  }
  return {
    months: recordMonths(now),
    prepared: values(prepared),
    onTime: values(onTime),
    pulling: { prepared: top(pull.prepared), onTime: top(pull.onTime) },
  };
}

export function countMonths(
  input: Pick<MonthlyInput, 'goals' | 'referrals'>,
  now: number,
): CountMonths {
  const monthIndex = monthIndexer(now);
  const goalsAchieved = new Array<number>(RECORD_MONTHS).fill(0);
  const referralsReceived = new Array<number>(RECORD_MONTHS).fill(0);
  for (const g of input.goals) {
    if (g.status !== 'achieved') continue;
    const i = monthIndex(g.updatedAt);
    if (i >= 0) goalsAchieved[i]!++;
  }
  for (const r of input.referrals) {
    if (r.kind !== 'received') continue;
    const i = monthIndex(r.at);
    if (i >= 0) referralsReceived[i]!++;
  }
  return { months: recordMonths(now), goalsAchieved, referralsReceived };
}

/**
 * My record: the same components as a customer's, across all customers, by
 * month for the last 12 months, in one pass over each table's rows. Built from
 * parts so a page can paint the promise charts before the (far more numerous)
 * meetings are read.
 */
export function monthlyRecord(input: MonthlyInput, now: number): MonthlyRecord {
  return joinMonths(
    promiseMonths(input.promises, now),
    meetingMonths(input.meetings, now),
    countMonths(input, now),
  );
}

/** The three parts of My record, put together (computed here or read apart by load-monthly.ts). */
export function joinMonths(p: PromiseMonths, m: MeetingMonths, c: CountMonths): MonthlyRecord {
  return {
    months: p.months,
    ours: p.ours,
    theirs: p.theirs,
    prepared: m.prepared,
    onTime: m.onTime,
    goalsAchieved: c.goalsAchieved,
    referralsReceived: c.referralsReceived,
    pulling: { ...p.pulling, ...m.pulling },
  };
}
