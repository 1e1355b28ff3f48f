import type { CallprepDB } from '../db/schema';
import { MESSAGE } from '../messaging';
import type { ActionApi, AlarmsApi, NotificationsApi } from './browser-types';
import type { MessageHandlers } from './dispatch';
import { onBeforeMeetingAlarm, onReminderClicked, refreshBeforeMeeting } from './before-meeting';
import type { SessionAll } from './readiness-badge';

/** The parts of `browser` the wiring uses (Chrome MV3 `action`, Firefox MV2 `browserAction`). */
export type BeforeMeetingBrowser = {
  runtime: {
    id: string;
    getURL(path: string): string;
    onInstalled: { addListener(cb: () => void): void };
    onStartup: { addListener(cb: () => void): void };
  };
  alarms: AlarmsApi & { onAlarm: { addListener(cb: (alarm: { name: string }) => void): void } };
  notifications: NotificationsApi & { onClicked: { addListener(cb: (id: string) => void): void } };
  action?: ActionApi;
  browserAction?: ActionApi;
  storage: { session: SessionAll };
  tabs: { create(props: { url: string }): Promise<unknown> };
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};

/**
 * Registers the "before the meeting" listeners (reminders, readiness badge,
 * reminder clicks) and returns the handler of `dataChanged` for the worker's one
 * message dispatcher (lib/background/index.ts). Call once, synchronously, from
 * defineBackground's main.
 */
export function installBeforeMeeting(
  b: BeforeMeetingBrowser,
  getDb: () => CallprepDB,
): Pick<MessageHandlers, typeof MESSAGE.dataChanged> {
  const action = b.action ?? b.browserAction;
  if (!action) return { [MESSAGE.dataChanged]: () => {} };
  const env = () => ({
    db: getDb(),
    alarms: b.alarms,
    notifications: b.notifications,
    action,
    iconUrl: b.runtime.getURL('/icon/128.png'),
    session: b.storage.session,
  });
  const refresh = () => {
    refreshBeforeMeeting(env()).catch((e) => console.error('Callprep: refresh failed', e));
  };

  b.runtime.onInstalled.addListener(refresh);
  b.runtime.onStartup.addListener(refresh);
  b.alarms.onAlarm.addListener((alarm) => {
    onBeforeMeetingAlarm(env(), alarm).catch((e) => console.error('Callprep: alarm failed', e));
  });
  b.notifications.onClicked.addListener((id) => {
    // Synchronous up to sidePanel.open(): the click is the user gesture it needs.
    void onReminderClicked(
      { db: getDb(), session: b.storage.session, notifications: b.notifications },
      {
        sidePanel: b.sidePanel,
        sidebarAction: b.sidebarAction,
        fallback: () => b.tabs.create({ url: b.runtime.getURL('/sidepanel.html') }),
      },
      id,
    );
  });
  // The worker wakes for many reasons; each start re-checks alarms and the badge.
  refresh();
  // A page wrote meetings or promises: answered by nobody, the refresh is the point.
  return { [MESSAGE.dataChanged]: () => refresh() };
}
