import type { CallprepDB } from '../db/schema';
import type { AlarmsApi } from '../background/browser-types';
import { REMINDER_HORIZON_MS } from '../background/reminders';
import { recordStartedMeetings } from './record-at-start';

/**
 * One alarm, at the next meeting's start, records readiness then. A single
 * alarm (not one per meeting) keeps the count far under Chrome's 500 beside the
 * reminders' 400; the periodic refresh catches up on any start it missed
 * (several meetings at once, a machine asleep).
 */
export const START_ALARM = 'readiness:at-start';

export async function nextStart(db: CallprepDB, now: number): Promise<number | null> {
  const next = await db.meetings
    .where('startsAt')
    .between(now, now + REMINDER_HORIZON_MS, false, true)
    .filter((m) => m.status === 'planned')
    .first();
  return next?.startsAt ?? null;
}

/** Sets (or moves, or clears) the one start alarm. */
export async function scheduleStartAlarm(
  db: CallprepDB,
  alarms: AlarmsApi,
  now: number,
): Promise<number | null> {
  const at = await nextStart(db, now);
  const current = await alarms.get(START_ALARM);
  if (at === null) {
    if (current) await alarms.clear(START_ALARM);
  } else if (current?.scheduledTime !== at) {
    await alarms.create(START_ALARM, { when: at });
  }
  return at;
}

/** The start alarm or the periodic refresh: record what started, then aim at the next start. */
export async function onStartOrRefresh(
  db: CallprepDB,
  alarms: AlarmsApi,
  now: number,
): Promise<number> {
  const recorded = await recordStartedMeetings(db, now);
  await scheduleStartAlarm(db, alarms, now);
  return recorded;
}
