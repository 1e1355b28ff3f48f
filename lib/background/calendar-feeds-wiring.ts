import { refreshFeeds } from '../calendar/feed/refresh';
import type { Fetch } from '../calendar/feed/fetch';
import type { CallprepDB } from '../db/schema';
import type { AlarmsApi } from './browser-types';

/** Every 30 minutes the subscribed calendars are fetched (and when the popup opens). */
export const CALENDAR_FEEDS_ALARM = 'callprep-calendar-feeds';
export const FEED_PERIOD_MINUTES = 30;

export type CalendarFeedsBrowser = {
  alarms: Pick<AlarmsApi, 'create' | 'get'> & {
    onAlarm: { addListener(cb: (alarm: { name: string }) => void): void };
  };
};

/**
 * The feed alarm, made once: a worker restarts many times an hour, and making
 * the alarm again at each start would keep pushing its first ring away.
 * Call once, synchronously, from defineBackground's main.
 */
export function installCalendarFeeds(
  b: CalendarFeedsBrowser,
  getDb: () => CallprepDB,
  fetchFeed: Fetch = (url, init) => fetch(url, init),
): void {
  b.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== CALENDAR_FEEDS_ALARM) return;
    refreshFeeds({ db: getDb(), fetch: fetchFeed, now: () => Date.now() }).catch((e) =>
      console.error('Callprep: calendar feeds', e),
    );
  });
  void Promise.resolve(b.alarms.get(CALENDAR_FEEDS_ALARM))
    .then((existing) => {
      if (!existing) {
        return b.alarms.create(CALENDAR_FEEDS_ALARM, {
          delayInMinutes: 1,
          periodInMinutes: FEED_PERIOD_MINUTES,
        });
      }
    })
    .catch((e) => console.error('Callprep: calendar feed alarm', e));
}
