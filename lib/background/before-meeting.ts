import type { CallprepDB } from '../db/schema';
import type { SessionArea } from '../session/tab-state';
import type { ActionApi, AlarmsApi, NotificationsApi } from './browser-types';
import { openPanelFor, type PanelOpenEnv, type PanelOpenResult } from './open-panel';
import { refreshReadinessBadge, syncTabBadges, type SessionAll } from './readiness-badge';
import type { TabBadgeAction } from './badge';
import { onStartOrRefresh, START_ALARM } from '../record/start-alarm';
import {
  MEETING_ALARM_PREFIX,
  NEXT_BATCH_ALARM,
  REFRESH_ALARM,
  meetingIdFromAlarm,
  panelTargetForNotification,
  scheduleReminders,
  showMeetingReminder,
} from './reminders';

/**
 * The background's "before the meeting" wiring in three calls, so
 * entrypoints/background.ts stays a few lines: `refreshBeforeMeeting` on
 * install, startup and every dataChanged message; `onBeforeMeetingAlarm` for
 * `refresh`, next-batch and `meeting:<id>` alarms; `onReminderClicked` for notification clicks.
 */
export type BeforeMeetingEnv = {
  db: CallprepDB;
  alarms: AlarmsApi;
  notifications: NotificationsApi;
  action: ActionApi;
  iconUrl: string;
  /** storage.session: when given, per-tab badges are composed with the global one */
  session?: SessionAll;
  now?: () => number;
};

const clock = (env: BeforeMeetingEnv) => (env.now ?? Date.now)();

/**
 * Reschedules every reminder and recomputes the global badge. The badge is
 * computed even when scheduling fails (an overdue `!` must never wait on alarms).
 */
export async function refreshBeforeMeeting(env: BeforeMeetingEnv): Promise<void> {
  const now = clock(env);
  try {
    await scheduleReminders(env.db, env.alarms, now);
  } finally {
    await refreshBadges(env, now);
  }
}

async function refreshBadges(env: BeforeMeetingEnv, now: number): Promise<void> {
  const badge = await refreshReadinessBadge(env.db, env.action, now);
  if (env.session) await syncTabBadges(env.action as TabBadgeAction, env.session, badge);
}

/** True when the alarm was one of ours. */
export async function onBeforeMeetingAlarm(
  env: BeforeMeetingEnv,
  alarm: { name: string },
): Promise<boolean> {
  // Readiness at a meeting's start: its one alarm, and the refresh catching up.
  if (alarm.name === START_ALARM || alarm.name === REFRESH_ALARM)
    await onStartOrRefresh(env.db, env.alarms, clock(env));
  if (
    alarm.name === START_ALARM ||
    alarm.name === REFRESH_ALARM ||
    alarm.name === NEXT_BATCH_ALARM
  ) {
    await refreshBeforeMeeting(env);
    return true;
  }
  if (!alarm.name.startsWith(MEETING_ALARM_PREFIX)) return false;
  await showMeetingReminder(env.db, env.notifications, alarm.name, clock(env), env.iconUrl);
  await refreshBadges(env, clock(env));
  return true;
}

/**
 * A reminder was clicked: open the side panel on its customer and meeting.
 * Must be called synchronously from notifications.onClicked (user gesture):
 * the meeting id is in the notification id, so no lookup comes before opening.
 */
export function onReminderClicked(
  env: {
    db: CallprepDB;
    session: SessionArea;
    notifications: NotificationsApi;
    now?: () => number;
  },
  panel: Omit<PanelOpenEnv, 'session'>,
  notificationId: string,
): Promise<PanelOpenResult | null> {
  const meetingId = meetingIdFromAlarm(notificationId);
  if (!meetingId) return Promise.resolve(null);
  const now = (env.now ?? Date.now)();
  const opened = openPanelFor({ ...panel, session: env.session }, () =>
    panelTargetForNotification(env.db, notificationId, now),
  );
  return opened.finally(() => env.notifications.clear(notificationId));
}
