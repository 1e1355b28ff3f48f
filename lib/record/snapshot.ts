import type { Meeting } from '../db/models';
import type { Readiness } from '../readiness/score';
import type { ReadinessSnapshot } from './meetings';

const MINUTE = 60 * 1000;
/**
 * How long after the start a first look still counts as "at the start": the
 * meeting's end, and at most an hour in (a meeting without an end, or opened
 * long after, would record readiness later, which is not readiness then).
 */
export const SNAPSHOT_LATEST_MS = 60 * MINUTE;

/** Whether readiness at the start may be recorded now: started, not over, none recorded yet. */
export function wantsSnapshot(
  m: Pick<Meeting, 'startsAt' | 'endsAt' | 'status'> & { readinessAtStart?: ReadinessSnapshot },
  now: number,
): boolean {
  if (m.status === 'cancelled' || m.readinessAtStart || now < m.startsAt) return false;
  const latest = Math.min(m.endsAt ?? Number.POSITIVE_INFINITY, m.startsAt + SNAPSHOT_LATEST_MS);
  return now <= Math.max(latest, m.startsAt);
}

/** The stored snapshot of a score: only what the record reads. */
export function snapshotOf(r: Pick<Readiness, 'percent' | 'ready'>, at: number): ReadinessSnapshot {
  return { percent: r.percent, ready: r.ready, at };
}
