import type { Commitment, Goal, Meeting, Referral } from '../db/models';
import { startedUnprepared } from './monthly';

/**
 * My record's stored monthly summary: per calendar month (the seller's time
 * zone) and per table, the counts My record adds up and, for each component,
 * how many rows of each customer pull it down. Counts only add and subtract, so
 * a write changes them by what the rows it replaced and wrote contribute
 * (tally-track.ts), and My record reads a few dozen rows instead of a year of
 * meetings (load-monthly.ts).
 */
export const RECORD_MONTHS_TABLE = 'recordMonths';

/** The tables whose rows My record counts. */
export const TALLIED_TABLES = ['meetings', 'commitments', 'goals', 'referrals'] as const;
export type TalliedTable = (typeof TALLIED_TABLES)[number];
export const isTalliedTable = (name: string): name is TalliedTable =>
  (TALLIED_TABLES as readonly string[]).includes(name);

/** One month of one table: `key` is `2026-11|meetings`, so a range of keys is a range of months. */
export type MonthTally = {
  key: string;
  counts: Record<string, number>;
  /**
   * component → JSON of { customer id: rows pulling it down }, keys sorted. A
   * string because a year of months names thousands of customers: read back,
   * an object of that many keys costs IndexedDB's structured clone 140 ms where
   * one string costs nothing and JSON.parse a few ms.
   */
  pulls: Record<string, string>;
};

/** Customer id → rows pulling `component` down, in one month's tally. */
export function pullsOf(t: Pick<MonthTally, 'pulls'>, component: string): Record<string, number> {
  const json = t.pulls[component];
  return json ? (JSON.parse(json) as Record<string, number>) : {};
}

const pullsJson = (p: Record<string, number>): string =>
  JSON.stringify(
    Object.fromEntries(Object.entries(p).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  );

/**
 * Whether the stored tallies can be trusted: built in this time zone (month
 * boundaries move with it) at this schema version (an upgrade may rewrite rows
 * without passing the tracker) in this format, and not marked stale after a
 * failed update.
 */
export type TallyMeta = {
  key: 'meta';
  timeZone: string;
  schemaVersion: number;
  /** the shape of the tally rows: a change of it rebuilds them, no schema step needed */
  format: number;
  stale: boolean;
};
export const TALLY_META_KEY = 'meta';
export const TALLY_FORMAT = 1;

export type TallyRow = MonthTally | TallyMeta;

export const isTallyMeta = (row: unknown): row is TallyMeta =>
  typeof row === 'object' && row !== null && (row as { key?: unknown }).key === TALLY_META_KEY;

export const currentTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** `2026-11` for a time in November 2026 (local time); null for a time no record shows. */
export function monthKeyOf(at: unknown): string | null {
  if (typeof at !== 'number' || !Number.isFinite(at)) return null;
  const d = new Date(at);
  const y = d.getFullYear();
  if (y < 1000 || y > 9999) return null;
  return `${y}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

export const tallyKey = (month: string, table: TalliedTable): string => `${month}|${table}`;

/** What one row adds to its month: counters, and the components it pulls down for its customer. */
export type Contribution = {
  key: string;
  counts: Record<string, number>;
  pulls: Record<string, string>;
};

export const MEETING_COUNTS = ['held', 'late', 'recorded', 'percentSum'] as const;
export const PROMISE_COUNTS = [
  'oursKept',
  'oursLate',
  'oursOpen',
  'theirsKept',
  'theirsLate',
  'theirsOpen',
] as const;

type Row = Record<string, unknown>;

/**
 * A meeting counts in the month it starts unless cancelled. Whether it was
 * held depends on the clock, so only months already over are read from here;
 * the current month is read from the meetings themselves.
 */
function meetingContribution(m: Partial<Meeting>): Contribution | null {
  if (m.status === 'cancelled' || typeof m.customerId !== 'string') return null;
  const month = monthKeyOf(m.startsAt);
  if (!month) return null;
  const counts: Record<string, number> = { held: 1 };
  const pulls: Record<string, string> = {};
  if (m.onTime === false) {
    counts.late = 1;
    pulls.onTime = m.customerId;
  }
  const s = m.readinessAtStart;
  if (s && typeof s.percent === 'number') {
    counts.recorded = 1;
    counts.percentSum = s.percent;
    if (startedUnprepared(s)) pulls.prepared = m.customerId;
  }
  return { key: tallyKey(month, 'meetings'), counts, pulls };
}

/**
 * A promise with a due date counts in the month it was due: kept (done by
 * then), late (done after), or still open (overdue once that month is over).
 * Months from the current one on are read from the promises themselves (a
 * promise not due yet may count where it was done early).
 */
function promiseContribution(c: Partial<Commitment>): Contribution | null {
  if (c.status === 'dropped' || typeof c.customerId !== 'string') return null;
  if (typeof c.dueAt !== 'number') return null;
  const month = monthKeyOf(c.dueAt);
  if (!month) return null;
  const side = c.owner === 'us' ? 'ours' : c.owner === 'them' ? 'theirs' : null;
  if (!side) return null;
  if (c.status === 'done') {
    const doneAt = typeof c.doneAt === 'number' ? c.doneAt : c.dueAt;
    if (doneAt <= c.dueAt)
      return { key: tallyKey(month, 'commitments'), counts: { [`${side}Kept`]: 1 }, pulls: {} };
    return {
      key: tallyKey(month, 'commitments'),
      counts: { [`${side}Late`]: 1 },
      pulls: { [side]: c.customerId },
    };
  }
  return {
    key: tallyKey(month, 'commitments'),
    counts: { [`${side}Open`]: 1 },
    pulls: { [side]: c.customerId },
  };
}

/** A goal achieved counts in the month it was last updated (when it was marked achieved). */
function goalContribution(g: Partial<Goal>): Contribution | null {
  if (g.status !== 'achieved') return null;
  const month = monthKeyOf(g.updatedAt);
  return month ? { key: tallyKey(month, 'goals'), counts: { achieved: 1 }, pulls: {} } : null;
}

function referralContribution(r: Partial<Referral>): Contribution | null {
  if (r.kind !== 'received') return null;
  const month = monthKeyOf(r.at);
  return month ? { key: tallyKey(month, 'referrals'), counts: { received: 1 }, pulls: {} } : null;
}

const CONTRIBUTIONS: Record<TalliedTable, (row: Row) => Contribution | null> = {
  meetings: meetingContribution,
  commitments: promiseContribution,
  goals: goalContribution,
  referrals: referralContribution,
};

/** What a stored row of `table` adds to the tallies; null when it counts nowhere. */
export function contributionOf(table: TalliedTable, row: unknown): Contribution | null {
  if (typeof row !== 'object' || row === null) return null;
  return CONTRIBUTIONS[table](row as Row);
}

/** The change a write makes: each removed row subtracted, each written row added, by tally key. */
export type TallyDelta = Map<
  string,
  { counts: Record<string, number>; pulls: Record<string, Record<string, number>> }
>;

export function deltaOf(
  table: TalliedTable,
  removed: readonly unknown[],
  written: readonly unknown[],
): TallyDelta {
  const delta: TallyDelta = new Map();
  const apply = (row: unknown, sign: 1 | -1) => {
    const c = contributionOf(table, row);
    if (!c) return;
    let d = delta.get(c.key);
    if (!d) delta.set(c.key, (d = { counts: {}, pulls: {} }));
    for (const [name, n] of Object.entries(c.counts))
      d.counts[name] = (d.counts[name] ?? 0) + sign * n;
    for (const [component, customerId] of Object.entries(c.pulls)) {
      const p = (d.pulls[component] ??= {});
      p[customerId] = (p[customerId] ?? 0) + sign;
    }
  };
  for (const row of removed) apply(row, -1);
  for (const row of written) apply(row, 1);
  return delta;
}

/**
 * `tally` (or a new one) with `change` applied; zeros dropped so a month's
 * maps hold only customers who still pull it down. null when nothing is left.
 */
export function applied(
  key: string,
  tally: MonthTally | undefined,
  change: { counts: Record<string, number>; pulls: Record<string, Record<string, number>> },
): MonthTally | null {
  const counts = { ...(tally?.counts ?? {}) };
  for (const [name, n] of Object.entries(change.counts)) {
    const v = (counts[name] ?? 0) + n;
    if (Math.abs(v) < 1e-9) delete counts[name];
    else counts[name] = v;
  }
  const pulls: Record<string, string> = { ...(tally?.pulls ?? {}) };
  for (const [component, byCustomer] of Object.entries(change.pulls)) {
    const p = tally ? pullsOf(tally, component) : {};
    for (const [id, n] of Object.entries(byCustomer)) {
      const v = (p[id] ?? 0) + n;
      if (v === 0) delete p[id];
      else p[id] = v;
    }
    if (Object.keys(p).length === 0) delete pulls[component];
    else pulls[component] = pullsJson(p);
  }
  if (Object.keys(counts).length === 0 && Object.keys(pulls).length === 0) return null;
  return { key, counts, pulls };
}

/** Every tally, built from scratch from the tables' rows (the upgrade and a rebuild). */
export function talliesOf(rows: Record<TalliedTable, readonly unknown[]>): MonthTally[] {
  const out: MonthTally[] = [];
  for (const table of TALLIED_TABLES) {
    for (const [key, change] of deltaOf(table, [], rows[table])) {
      const t = applied(key, undefined, change);
      if (t) out.push(t);
    }
  }
  return out;
}
