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

/** Per month (oldest first): what was counted and the sum of its values. */
export type MonthSums = { sum: number; n: number }[];
export const monthSums = (): MonthSums =>
  Array.from({ length: RECORD_MONTHS }, () => ({ sum: 0, n: 0 }));
const values = (rows: MonthSums): MonthValue[] =>
  rows.map(({ sum, n }) => ({ value: n === 0 ? null : sum / n, of: n }));

function top(counts: Map<string, number>): Puller[] {
  return [...counts]
    .map(([customerId, count]) => ({ customerId, count }))
    .sort((a, b) => b.count - a.count || a.customerId.localeCompare(b.customerId))
    .slice(0, PULLERS_SHOWN);
}
const bump = (m: Map<string, number>, id: string, by = 1) => m.set(id, (m.get(id) ?? 0) + by);

/** Customer id → how many rows of theirs pull a component down. */
export type Pulls = Map<string, number>;

/** Adds `counts` (customer id → count) into `pulls`. */
export function addPulls(pulls: Pulls, counts: Record<string, number>): void {
  for (const [id, n] of Object.entries(counts)) bump(pulls, id, n);
}

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

export function recordMonths(now: number): number[] {
  const w = recordWindow(now);
  return Array.from({ length: RECORD_MONTHS }, (_, i) => {
    const d = new Date(w.from);
    return new Date(d.getFullYear(), d.getMonth() + i, 1).getTime();
  });
}

/** The promise charts being counted: sums per month and every customer's pulls, not yet ranked. */
export type PromiseSums = {
  ours: MonthSums;
  theirs: MonthSums;
  pull: { ours: Pulls; theirs: Pulls };
};
export const promiseSums = (): PromiseSums => ({
  ours: monthSums(),
  theirs: monthSums(),
  pull: { ours: new Map(), theirs: new Map() },
});

/** Counts promises into `into`: by the month each was due, or done early when not due yet. */
export function addPromises(into: PromiseSums, rows: MonthlyInput['promises'], now: number): void {
  const w = recordWindow(now);
  const monthIndex = monthIndexer(now);
  for (const c of rows) {
    if (!promiseCountsIn(c, w)) continue;
    const o = promiseOutcome(c, now);
    if (o.kind === 'not-counted' || o.kind === 'not-due') continue;
    const when = c.dueAt !== null && c.dueAt <= now ? c.dueAt : (c.doneAt ?? now);
    const i = monthIndex(when);
    if (i < 0) continue;
    const kept = o.kind === 'early' || o.kind === 'on-time';
    const side = c.owner === 'us' ? into.ours : into.theirs;
    side[i]!.n++;
    if (kept) side[i]!.sum++;
    else bump(c.owner === 'us' ? into.pull.ours : into.pull.theirs, c.customerId);
  }
}

export function finishPromises(s: PromiseSums, now: number): PromiseMonths {
  return {
    months: recordMonths(now),
    ours: values(s.ours),
    theirs: values(s.theirs),
    pulling: { ours: top(s.pull.ours), theirs: top(s.pull.theirs) },
  };
}

export function promiseMonths(rows: MonthlyInput['promises'], now: number): PromiseMonths {
  const s = promiseSums();
  addPromises(s, rows, now);
  return finishPromises(s, now);
}

/** The meeting charts being counted. */
export type MeetingSums = {
  prepared: MonthSums;
  onTime: MonthSums;
  pull: { prepared: Pulls; onTime: Pulls };
};
export const meetingSums = (): MeetingSums => ({
  prepared: monthSums(),
  onTime: monthSums(),
  pull: { prepared: new Map(), onTime: new Map() },
});

/** A held meeting started unprepared: not ready, and less ready than PREPARED_ENOUGH_PERCENT. */
export const startedUnprepared = (s: { percent: number; ready: boolean }): boolean =>
  !s.ready && s.percent < PREPARED_ENOUGH_PERCENT;

/** Counts held meetings into `into`, by the month each started. */
export function addMeetings(into: MeetingSums, rows: MonthlyInput['meetings'], now: number): void {
  const monthIndex = monthIndexer(now);
  for (const m of rows) {
    if (!isHeld(m, now)) continue;
    const i = monthIndex(m.startsAt);
    if (i < 0) continue;
    into.onTime[i]!.n++;
    if (m.onTime === false) bump(into.pull.onTime, m.customerId);
    else into.onTime[i]!.sum++;
    const s = m.readinessAtStart;
    if (!s) continue;
    into.prepared[i]!.n++;
    into.prepared[i]!.sum += s.percent;
    if (startedUnprepared(s)) bump(into.pull.prepared, m.customerId);
  }
}

export function finishMeetings(s: MeetingSums, now: number): MeetingMonths {
  return {
    months: recordMonths(now),
    prepared: values(s.prepared),
    onTime: values(s.onTime),
    pulling: { prepared: top(s.pull.prepared), onTime: top(s.pull.onTime) },
  };
}

export function meetingMonths(rows: MonthlyInput['meetings'], now: number): MeetingMonths {
  const s = meetingSums();
  addMeetings(s, rows, now);
  return finishMeetings(s, now);
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
