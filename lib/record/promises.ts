import type { Commitment } from '../db/models';
import { inWindow, type RecordWindow } from './window';

const DAY = 24 * 60 * 60 * 1000;

export type PromiseFacts = Pick<
  Commitment,
  'id' | 'text' | 'owner' | 'dueAt' | 'status' | 'doneAt'
>;

/** What became of one promise with a due date, seen at `now`. */
export type PromiseOutcome =
  | { kind: 'early'; byMs: number }
  | { kind: 'on-time' }
  | { kind: 'late'; byMs: number }
  | { kind: 'overdue'; byMs: number }
  | { kind: 'not-due' }
  | { kind: 'not-counted' };

/**
 * A promise done a day or more before its due time was early; done by the due
 * time, on time; after it, late; still open after it, overdue. Dropped promises
 * and promises without a due date cannot be kept or broken on time, so they do
 * not count.
 */
export function promiseOutcome(c: PromiseFacts, now: number): PromiseOutcome {
  if (c.status === 'dropped' || c.dueAt === null) return { kind: 'not-counted' };
  if (c.status === 'done') {
    const doneAt = c.doneAt ?? c.dueAt;
    const byMs = doneAt - c.dueAt;
    if (byMs > 0) return { kind: 'late', byMs };
    return -byMs >= DAY ? { kind: 'early', byMs: -byMs } : { kind: 'on-time' };
  }
  return c.dueAt < now ? { kind: 'overdue', byMs: now - c.dueAt } : { kind: 'not-due' };
}

export type LatePromise = { id: string; text: string; byMs: number; open: boolean };

export type PromiseRecord = {
  /** kept by their due time (early included) */
  kept: number;
  /** every counted promise: kept, late and overdue */
  counted: number;
  early: number;
  onTime: number;
  late: number;
  overdue: number;
  /** the late and the overdue, latest first */
  lateOnes: LatePromise[];
  /** the longest delay of a late (done) one, in ms; null when none was late */
  worstLateMs: number | null;
  /** the median delay of the late (done) ones, in ms; null when none was late */
  medianLateMs: number | null;
};

/** When a promise counts in the window: when it was due, or when it was done early. */
export function promiseCountsIn(c: PromiseFacts, w: RecordWindow): boolean {
  return inWindow(c.dueAt, w) || (c.status === 'done' && inWindow(c.doneAt, w));
}

export const emptyPromiseRecord = (): PromiseRecord => ({
  kept: 0,
  counted: 0,
  early: 0,
  onTime: 0,
  late: 0,
  overdue: 0,
  lateOnes: [],
  worstLateMs: null,
  medianLateMs: null,
});

/** One side's promises (ours or theirs) due in the window, kept n of m and how late. */
export function promiseRecord(
  rows: readonly PromiseFacts[],
  owner: Commitment['owner'],
  w: RecordWindow,
): PromiseRecord {
  const r = emptyPromiseRecord();
  const lateDelays: number[] = [];
  for (const c of rows) {
    if (c.owner !== owner || !promiseCountsIn(c, w)) continue;
    const o = promiseOutcome(c, w.to);
    if (o.kind === 'not-counted' || o.kind === 'not-due') continue;
    r.counted++;
    if (o.kind === 'early') {
      r.early++;
      r.kept++;
    } else if (o.kind === 'on-time') {
      r.onTime++;
      r.kept++;
    } else if (o.kind === 'late') {
      r.late++;
      lateDelays.push(o.byMs);
      r.lateOnes.push({ id: c.id, text: c.text, byMs: o.byMs, open: false });
    } else {
      r.overdue++;
      r.lateOnes.push({ id: c.id, text: c.text, byMs: o.byMs, open: true });
    }
  }
  r.lateOnes.sort((a, b) => b.byMs - a.byMs);
  if (lateDelays.length > 0) {
    lateDelays.sort((a, b) => a - b);
    const mid = lateDelays.length >> 1;
    r.worstLateMs = lateDelays[lateDelays.length - 1]!;
    r.medianLateMs =
      lateDelays.length % 2 ? lateDelays[mid]! : (lateDelays[mid - 1]! + lateDelays[mid]!) / 2;
  }
  return r;
}
