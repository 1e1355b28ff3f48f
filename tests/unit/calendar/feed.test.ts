import { beforeEach, describe, expect, it } from 'vitest';
import { applyCalendarPlan } from '@/lib/calendar/apply';
import { importWindow } from '@/lib/calendar/occurrence';
import { parseCalendar } from '@/lib/calendar/parse';
import { planCalendarImport } from '@/lib/calendar/plan';
import { feedAddress } from '@/lib/calendar/feed/address';
import { fetchCalendarText, type Fetch } from '@/lib/calendar/feed/fetch';
import { refreshFeed, refreshFeeds } from '@/lib/calendar/feed/refresh';
import { feedStatusWords } from '@/lib/calendar/feed/status-words';
import { subscribeFeed, unsubscribeFeed } from '@/lib/calendar/feed/subscribe';
import { customers } from '@/lib/db/customers';
import type { CalendarFeed } from '@/lib/db/models';
import type { CallprepDB } from '@/lib/db/schema';
import { getSettings, updateSettings } from '@/lib/db/settings';
import { seedBuiltinTemplates } from '@/lib/readiness/seed';
import { HOUR, MINUTE, utc } from '../clock';
import { freshDb } from '../db/helpers';
import { calendarFile } from './files';

const NOW = utc(2026, 12, 3, 12);
const URL_ =
  'https://calendar.google.com/calendar/ical/sam%40seller.example/private-3f9a/basic.ics';
const OUTLOOK = calendarFile('outlook-windows-zones.ics');

const answer =
  (body: string, init: ResponseInit = {}): Fetch =>
  async () =>
    new Response(body, { status: 200, headers: { 'content-type': 'text/calendar' }, ...init });

describe('a feed address', () => {
  it('takes webcal:// as https:// and asks for that one host', () => {
    expect(feedAddress(' webcal://p52-caldav.icloud.com/published/2/MTIz ')).toEqual({
      url: 'https://p52-caldav.icloud.com/published/2/MTIz',
      origin: 'https://p52-caldav.icloud.com/*',
    });
    expect(feedAddress(URL_)).toEqual({ url: URL_, origin: 'https://calendar.google.com/*' });
  });

  it.each([
    ['http://example.com/cal.ics', /only over https/],
    ['ftp://example.com/cal.ics', /only over https/],
    ['my calendar', /not a web address/],
    ['', /Paste/],
    ['https://sam:pw@example.com/cal.ics', /without a user name/],
  ])('refuses %j', (input, words) => {
    expect(feedAddress(input)).toEqual({ error: expect.stringMatching(words) });
  });
});

describe('fetching a feed', () => {
  it('returns the calendar’s text', async () => {
    await expect(fetchCalendarText(URL_, { fetch: answer(OUTLOOK) })).resolves.toBe(OUTLOOK);
  });

  it.each([
    ['404', answer('Not Found', { status: 404 }), /answered 404 \(not found\)/],
    ['403', answer('', { status: 403 }), /answered 403 \(not allowed\)/],
    [
      '500',
      answer('', { status: 500, statusText: 'Server Error' }),
      /answered 500 \(Server Error\)/,
    ],
    ['HTML', answer('<!DOCTYPE html><html><body>Sign in</body></html>'), /web page \(HTML\)/],
    ['not ICS', answer('{"events":[]}'), /not a calendar file/],
    ['truncated', answer(OUTLOOK.slice(0, 2000)), /cut off/],
    [
      'too big',
      answer('BEGIN:VCALENDAR', { headers: { 'content-length': String(50 * 1024 * 1024) } }),
      /50 MB/,
    ],
    [
      'offline',
      (async () => {
        throw new TypeError('Failed to fetch');
      }) as Fetch,
      /could not be reached/,
    ],
  ])('%s: says so in words', async (_, fetch, words) => {
    await expect(fetchCalendarText(URL_, { fetch })).rejects.toThrow(words);
  });

  it('gives up after the timeout, aborting the request', async () => {
    let aborted = false;
    const hang: Fetch = (_, init) =>
      new Promise((_resolve, reject) =>
        init.signal.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('The operation was aborted.', 'AbortError'));
        }),
      );
    await expect(fetchCalendarText(URL_, { fetch: hang, timeoutMs: 50 })).rejects.toThrow(
      /did not answer within 0 seconds|did not answer within/,
    );
    expect(aborted).toBe(true);
  });
});

describe('refreshing a feed', () => {
  let db: CallprepDB;
  let feed: CalendarFeed;
  const granted: string[] = [];
  const permissions = {
    request: async (p: { origins: string[] }) => (granted.push(...p.origins), true),
    remove: async (p: { origins: string[] }) => {
      for (const o of p.origins) granted.splice(granted.indexOf(o), 1);
      return true;
    },
  };

  beforeEach(async () => {
    granted.length = 0;
    db = freshDb();
    await seedBuiltinTemplates(db, NOW);
    await updateSettings(db, { ownDomains: ['seller.example'] });
    await customers.create(db, { name: 'Northwind', domains: ['northwind-logistics.com'] });
    const added = await subscribeFeed(db, permissions, URL_.replace('https', 'webcal'), NOW);
    if (!added.ok) throw new Error(added.error);
    feed = added.feed;
  });

  it('asks for the feed’s host when subscribing, and gives it back when removed', async () => {
    expect(granted).toEqual(['https://calendar.google.com/*']);
    expect((await getSettings(db)).calendarFeeds).toEqual([feed]);
    await unsubscribeFeed(db, permissions, feed.id);
    expect(granted).toEqual([]);
    expect((await getSettings(db)).calendarFeeds).toEqual([]);
  });

  it('adds nothing when the permission is refused', async () => {
    const refused = { ...permissions, request: async () => false };
    const r = await subscribeFeed(
      db,
      refused,
      'https://outlook.office365.com/owa/calendar/x/reachcalendar.ics',
      NOW,
    );
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/not allowed/) });
    expect((await getSettings(db)).calendarFeeds).toHaveLength(1);
  });

  it('brings the feed’s meetings in, then skips an unchanged feed, then follows a moved and a cancelled event', async () => {
    const env = { db, fetch: answer(OUTLOOK), now: () => NOW };
    const first = await refreshFeed(env, feed);
    expect(first.changed).toEqual({ created: 13, updated: 0, cancelled: 0 });
    expect(feedStatusWords(first.feed, NOW)).toMatch(/^Last updated /);

    const again = await refreshFeed({ ...env, now: () => NOW + 30 * MINUTE }, first.feed);
    expect(again.changed).toBeNull();
    expect(again.feed.updatedAt).toBe(NOW + 30 * MINUTE);

    const meeting = (
      await db.meetings.where('calendarSource').equals(`feed:${feed.id}`).toArray()
    ).find((m) => m.startsAt === utc(2026, 12, 15, 13))!;
    const [item] = await db.checklistItems.where('meetingId').equals(meeting.id).toArray();
    await db.checklistItems.update(item!.id, { done: true });
    const next = OUTLOOK.replace('20261215T140000', '20261216T090000')
      .replace('20261215T143000', '20261216T093000')
      .replace(
        /BEGIN:VEVENT(?:(?!END:VEVENT)[\s\S])*Northwind site visit[\s\S]*?END:VEVENT\r\n/,
        '',
      );
    const moved = await refreshFeed(
      { ...env, fetch: answer(next), now: () => NOW + HOUR },
      again.feed,
    );
    expect(moved.changed).toEqual({ created: 0, updated: 1, cancelled: 1 });
    expect(await db.meetings.get(meeting.id)).toMatchObject({ startsAt: utc(2026, 12, 16, 8) });
    expect((await db.checklistItems.get(item!.id))!.done).toBe(true);
  });

  it('keeps the meetings and says what went wrong when the feed fails', async () => {
    await refreshFeed({ db, fetch: answer(OUTLOOK), now: () => NOW }, feed);
    const before = await db.meetings.count();
    const [failed] = await refreshFeeds({
      db,
      fetch: answer('<html>gone</html>', { status: 404 }),
      now: () => NOW + HOUR,
    });
    expect(failed!.feed.error).toMatch(/404/);
    expect(feedStatusWords(failed!.feed, NOW + HOUR)).toMatch(/404/);
    expect(await db.meetings.count()).toBe(before);
    expect((await db.meetings.toArray()).every((m) => m.status === 'planned')).toBe(true);
  });

  it('refreshes only feeds not checked lately (the popup opening twice is one request)', async () => {
    let requests = 0;
    const counting: Fetch = async (...a) => (requests++, answer(OUTLOOK)(...a));
    await refreshFeeds({ db, fetch: counting, now: () => NOW }, 5 * MINUTE);
    await refreshFeeds({ db, fetch: counting, now: () => NOW + MINUTE }, 5 * MINUTE);
    expect(requests).toBe(1);
  });
});

describe('a meeting imported from a file, then seen in a feed', () => {
  it('becomes the feed’s, so the feed can cancel it when the occurrence leaves it', async () => {
    const db = freshDb();
    await seedBuiltinTemplates(db, NOW);
    await updateSettings(db, { ownDomains: ['seller.example'] });
    await customers.create(db, { name: 'Northwind', domains: ['northwind-logistics.com'] });
    const window = importWindow(NOW);
    const plan = await planCalendarImport(db, parseCalendar(OUTLOOK, window).occurrences, {
      ownDomains: ['seller.example'],
      now: NOW,
      window,
      source: 'file',
    });
    await applyCalendarPlan(db, plan, { template: 'auto', now: NOW });
    const feed: CalendarFeed = {
      id: 'f1',
      url: URL_,
      origin: 'https://calendar.google.com/*',
      addedAt: NOW,
      checkedAt: null,
      updatedAt: null,
      error: null,
      hash: null,
      windowDay: null,
    };
    await updateSettings(db, { calendarFeeds: [feed] });
    const seen = await refreshFeed({ db, fetch: answer(OUTLOOK), now: () => NOW + MINUTE }, feed);
    expect(seen.changed).toEqual({ created: 0, updated: 13, cancelled: 0 });
    expect(await db.meetings.where('calendarSource').equals('feed:f1').count()).toBe(13);
    const gone = OUTLOOK.replace(
      /BEGIN:VEVENT(?:(?!END:VEVENT)[\s\S])*Northwind site visit[\s\S]*?END:VEVENT\r\n/,
      '',
    );
    const after = await refreshFeed({ db, fetch: answer(gone), now: () => NOW + HOUR }, seen.feed);
    expect(after.changed?.cancelled).toBe(1);
  });
});
