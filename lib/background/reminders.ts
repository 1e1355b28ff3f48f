import { listMeetingsBetween } from '../db/meetings';
import type { Customer, Meeting } from '../db/models';
import type { CallprepDB } from '../db/schema';
import { getSettings } from '../db/settings';
import { readinessOf } from '../readiness/load';
import { readinessLabel, type Readiness } from '../readiness/score';
import type { PanelTarget } from '../session/panel-target';
import { durationWords } from '../readiness/time-words';
import type { AlarmsApi, NotificationsApi } from './browser-types';

/**
 * Meeting reminders: one alarm per upcoming meeting, named `meeting:<id>`, at
 * `startsAt - reminderMinutes`, plus a periodic `refresh` alarm that reschedules
 * everything (alarms may not survive a browser restart; the MV3 worker keeps no
 * state). `scheduleReminders` is idempotent: call it on install, startup, the
 * refresh alarm and every `dataChanged` message.
 */

export const MEETING_ALARM_PREFIX = 'meeting:';
export const REFRESH_ALARM = 'refresh';
export const REFRESH_PERIOD_MINUTES = 5;
/** Alarms are set this far ahead; the periodic refresh picks up later meetings. */
export const REMINDER_HORIZON_MS = 48 * 60 * 60 * 1000;
/** A meeting that started this long ago still gets its reminder (a late alarm after sleep). */
export const LATE_REMINDER_GRACE_MS = 5 * 60 * 1000;

/**
 * Chrome allows 500 alarms per extension, and `alarms.create` throws past that.
 * Only the nearest reminders get an alarm, leaving room for the refresh and any
 * other alarm; when there are more, one more alarm, at the last of them, schedules
 * the next batch (the periodic refresh would too, but a batch may pass in less).
 */
export const MAX_REMINDER_ALARMS = 400;
export const NEXT_BATCH_ALARM = 'reminders:next-batch';

export const meetingAlarmName = (meetingId: string) => `${MEETING_ALARM_PREFIX}${meetingId}`;

export function meetingIdFromAlarm(name: string): string | null {
  return name.startsWith(MEETING_ALARM_PREFIX)
    ? name.slice(MEETING_ALARM_PREFIX.length) || null
    : null;
}

/** When the reminder for a meeting should fire, or null when that time has passed. */
export function reminderTime(
  meeting: Meeting,
  reminderMinutes: number,
  now: number,
): number | null {
  if (meeting.status !== 'planned') return null;
  const at = meeting.startsAt - reminderMinutes * 60_000;
  return at > now ? at : null;
}

export type ScheduleResult = {
  scheduled: string[];
  cleared: string[];
  kept: string[];
  /** reminders left for a later batch (past MAX_REMINDER_ALARMS) */
  deferred: number;
};

export async function scheduleReminders(
  db: CallprepDB,
  alarms: AlarmsApi,
  now: number,
): Promise<ScheduleResult> {
  const { reminderMinutes } = await getSettings(db);
  const upcoming = await listMeetingsBetween(
    db,
    now,
    now + REMINDER_HORIZON_MS + reminderMinutes * 60_000,
  );
  const due: [name: string, at: number][] = [];
  for (const m of upcoming) {
    const at = reminderTime(m, reminderMinutes, now);
    if (at !== null) due.push([meetingAlarmName(m.id), at]);
  }
  due.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  const batch = due.slice(0, MAX_REMINDER_ALARMS);
  const wanted = new Map(batch);
  const deferred = due.length - batch.length;

  const result: ScheduleResult = { scheduled: [], cleared: [], kept: [], deferred };
  const existing = [...(await alarms.getAll())];
  for (const alarm of existing) {
    if (!alarm.name.startsWith(MEETING_ALARM_PREFIX)) continue;
    const at = wanted.get(alarm.name);
    if (at === undefined) {
      await alarms.clear(alarm.name);
      result.cleared.push(alarm.name);
    } else if (alarm.scheduledTime === at) {
      wanted.delete(alarm.name);
      result.kept.push(alarm.name);
    }
  }
  // Cleared first, created after: the count never passes the limit on the way.
  for (const [name, when] of wanted) {
    await alarms.create(name, { when });
    result.scheduled.push(name);
  }
  if (deferred > 0) {
    const lastScheduled = batch[batch.length - 1]![1];
    const next = await alarms.get(NEXT_BATCH_ALARM);
    if (next?.scheduledTime !== lastScheduled)
      await alarms.create(NEXT_BATCH_ALARM, { when: lastScheduled });
  } else {
    await alarms.clear(NEXT_BATCH_ALARM);
  }

  const refresh = await alarms.get(REFRESH_ALARM);
  if (!refresh?.periodInMinutes) {
    await alarms.create(REFRESH_ALARM, {
      delayInMinutes: REFRESH_PERIOD_MINUTES,
      periodInMinutes: REFRESH_PERIOD_MINUTES,
    });
  }
  return result;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** The words of a reminder: when, with whom, how ready, and what to do first. */
export function reminderText(
  meeting: Pick<Meeting, 'title' | 'startsAt'>,
  customer: Pick<Customer, 'name'> | undefined,
  readiness: Readiness,
  now: number,
  formatTime: (t: number) => string = (t) => timeFormat.format(t),
): { title: string; message: string; contextMessage: string } {
  const until = meeting.startsAt - now;
  const when = until > 30_000 ? `In ${durationWords(until)}` : until > -30_000 ? 'Now' : 'Started';
  const who = customer?.name ?? 'your customer';
  const title = `${when}: ${meeting.title}`;
  const state = readinessLabel(readiness);
  const open = readiness.firstOpenRequired ?? readiness.firstOpen;
  const message = readiness.empty
    ? `${who} · no checklist for this meeting.`
    : open
      ? `${state}. First: ${open.item.text}${open.rule && !open.done ? ` (${open.rule.why})` : ''}`
      : `${state}: every item is done.`;
  return { title, message, contextMessage: `${who} · ${formatTime(meeting.startsAt)}` };
}

/** Shows the reminder for a `meeting:<id>` alarm; false when there is nothing to remind of. */
export async function showMeetingReminder(
  db: CallprepDB,
  notifications: NotificationsApi,
  alarmName: string,
  now: number,
  iconUrl: string,
): Promise<boolean> {
  const id = meetingIdFromAlarm(alarmName);
  if (!id) return false;
  const meeting = await db.meetings.get(id);
  // Cancelled, deleted, or long started (an alarm delivered after the machine slept).
  if (!meeting || meeting.status !== 'planned' || meeting.startsAt < now - LATE_REMINDER_GRACE_MS)
    return false;
  const [customer, scored] = await Promise.all([
    db.customers.get(meeting.customerId),
    readinessOf(db, meeting, now),
  ]);
  const text = reminderText(meeting, customer, scored.readiness, now);
  await notifications.create(alarmName, {
    type: 'basic',
    iconUrl,
    title: text.title,
    message: text.message,
    contextMessage: text.contextMessage,
    priority: 2,
    requireInteraction: !scored.readiness.ready,
  });
  return true;
}

/** The panel target a reminder's notification click opens, or null when the meeting is gone. */
export async function panelTargetForNotification(
  db: CallprepDB,
  notificationId: string,
  now: number,
): Promise<PanelTarget | null> {
  const id = meetingIdFromAlarm(notificationId);
  if (!id) return null;
  const meeting = await db.meetings.get(id);
  return meeting ? { customerId: meeting.customerId, meetingId: meeting.id, at: now } : null;
}
