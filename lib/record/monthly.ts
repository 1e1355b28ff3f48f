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

/**
 * My record: the same components as a customer's, across all customers, by
 * month for the last 12 months, in one pass over each table's rows.
 */
export function monthlyRecord(input: MonthlyInput, now: number): MonthlyRecord {
  const w = recordWindow(now);
  const monthIndex = monthIndexer(now);
  const ours = sums();
  const theirs = sums();
  const prepared = sums();
  const onTime = sums();
  const goalsAchieved = new Array<number>(RECORD_MONTHS).fill(0);
  const referralsReceived = new Array<number>(RECORD_MONTHS).fill(0);
  const pull = {
    ours: new Map<string, number>(),
    theirs: new Map<string, number>(),
    prepared: new Map<string, number>(),
    onTime: new Map<string, number>(),
  };

  for (const c of input.promises) {
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
  for (const m of input.meetings) {
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
  return {
    months: Array.from({ length: RECORD_MONTHS }, (_, i) => {
      const d = new Date(w.from);
      return new Date(d.getFullYear(), d.getMonth() + i, 1).getTime();
    }),
    ours: values(ours),
    theirs: values(theirs),
    prepared: values(prepared),
    onTime: values(onTime),
    goalsAchieved,
    referralsReceived,
    pulling: {
      ours: top(pull.ours),
      theirs: top(pull.theirs),
      prepared: top(pull.prepared),
      onTime: top(pull.onTime),
    },
  };
}
