import { expect, it, vi } from 'vitest';
import {
  CALENDAR_FEEDS_ALARM,
  installCalendarFeeds,
  type CalendarFeedsBrowser,
} from '@/lib/background/calendar-feeds-wiring';
import { updateSettings } from '@/lib/db/settings';
import { freshDb } from '../db/helpers';

function fakeAlarms(existing: string[] = []) {
  const listeners: ((alarm: { name: string }) => void)[] = [];
  const created: { name: string; periodInMinutes?: number }[] = [];
  const b: CalendarFeedsBrowser = {
    alarms: {
      create: (name, info) => void created.push({ name, periodInMinutes: info.periodInMinutes }),
      get: async (name) =>
        existing.includes(name) ? { name, scheduledTime: 0, periodInMinutes: 30 } : undefined,
      onAlarm: { addListener: (cb) => void listeners.push(cb) },
    },
  };
  return { b, created, ring: (name: string) => listeners.forEach((l) => l({ name })) };
}

it('makes the 30-minute alarm once, never again at a later worker start', async () => {
  const first = fakeAlarms();
  installCalendarFeeds(first.b, freshDb);
  await vi.waitFor(() =>
    expect(first.created).toEqual([{ name: CALENDAR_FEEDS_ALARM, periodInMinutes: 30 }]),
  );
  const restart = fakeAlarms([CALENDAR_FEEDS_ALARM]);
  installCalendarFeeds(restart.b, freshDb);
  await new Promise((r) => setTimeout(r, 20));
  expect(restart.created).toEqual([]);
});

it('fetches every feed when its alarm rings, and nothing on other alarms', async () => {
  const db = freshDb();
  const feed = {
    id: 'f1',
    url: 'https://calendar.example.com/basic.ics',
    origin: 'https://calendar.example.com/*',
    addedAt: 1,
    checkedAt: null,
    updatedAt: null,
    error: null,
    hash: null,
    windowDay: null,
  };
  await updateSettings(db, { calendarFeeds: [feed] });
  const fetchFeed = vi.fn(async () => new Response('', { status: 404 }));
  const { b, ring } = fakeAlarms();
  installCalendarFeeds(b, () => db, fetchFeed);
  ring('meeting:abc');
  expect(fetchFeed).not.toHaveBeenCalled();
  ring(CALENDAR_FEEDS_ALARM);
  await vi.waitFor(() => expect(fetchFeed).toHaveBeenCalledWith(feed.url, expect.anything()));
});
