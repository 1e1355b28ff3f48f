import type { Meeting } from '../db/models';
import { inWindow, type RecordWindow } from './window';

/** Readiness as it was when the meeting started (readiness later is not readiness then). */
export type ReadinessSnapshot = { percent: number; ready: boolean; at: number };

export type MeetingFacts = Pick<Meeting, 'id' | 'customerId' | 'startsAt' | 'status'> & {
  readinessAtStart?: ReadinessSnapshot;
  onTime?: boolean;
};

/** A meeting that took place: started, and not cancelled. */
export const isHeld = (m: Pick<Meeting, 'startsAt' | 'status'>, now: number): boolean =>
  m.status !== 'cancelled' && m.startsAt <= now;

export type PreparedRecord = {
  held: number;
  /** held meetings whose readiness at the start was recorded */
  recorded: number;
  /** of those, how many were ready (every required item done) */
  ready: number;
  /** mean readiness of the recorded ones, 0..100; null when none was recorded ("not recorded") */
  averagePercent: number | null;
  /** held meetings without a snapshot: shown as "not recorded", never as 0% */
  notRecorded: number;
};

export type OnTimeRecord = {
  held: number;
  /** held meetings not marked late (a meeting is on time unless the seller says otherwise) */
  onTime: number;
  late: number;
  /** 0..1; null when no meeting was held */
  share: number | null;
};

export function preparedRecord(rows: readonly MeetingFacts[], w: RecordWindow): PreparedRecord {
  let held = 0;
  let recorded = 0;
  let ready = 0;
  let sum = 0;
  for (const m of rows) {
    if (!isHeld(m, w.to) || !inWindow(m.startsAt, w)) continue;
    held++;
    const s = m.readinessAtStart;
    if (!s) continue;
    recorded++;
    sum += s.percent;
    if (s.ready) ready++;
  }
  return {
    held,
    recorded,
    ready,
    averagePercent: recorded === 0 ? null : Math.round(sum / recorded),
    notRecorded: held - recorded,
  };
}

export function onTimeRecord(rows: readonly MeetingFacts[], w: RecordWindow): OnTimeRecord {
  let held = 0;
  let late = 0;
  for (const m of rows) {
    if (!isHeld(m, w.to) || !inWindow(m.startsAt, w)) continue;
    held++;
    if (m.onTime === false) late++;
  }
  return { held, onTime: held - late, late, share: held === 0 ? null : (held - late) / held };
}
