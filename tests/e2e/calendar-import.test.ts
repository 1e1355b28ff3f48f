import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfBuild, launchExtension, screenshot, storedRows, type Extension } from './harness';

/**
 * A seller imports an Outlook export (Windows time-zone names, a weekday series
 * with one occurrence cancelled and one moved) in the workspace, and the
 * popup lists the week's meetings at the right local times, with their
 * customers and readiness. The browser runs in Berlin, so a Windows zone read
 * as UTC (the naive parser's mistake) would show every meeting an hour late.
 */
const DAY = 24 * 60 * 60 * 1000;
const FIXTURE_MONDAY = Date.UTC(2026, 10, 30);
const ZONE = 'Europe/Berlin';

/** The Monday of this week in UTC dates (the fixture's first day moves onto it). */
function thisMonday(now: number): number {
  const d = new Date(now);
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return day - ((d.getUTCDay() + 6) % 7) * DAY;
}

/** The fixture with every date moved by whole weeks, so its series start this week. */
function calendarThisWeek(): string {
  const text = readFileSync(resolve('tests/fixtures/calendar/outlook-three-weeks.ics'), 'utf8');
  const shift = thisMonday(Date.now()) - FIXTURE_MONDAY;
  return text.replace(
    /^((?:DTSTART|DTEND|EXDATE|RECURRENCE-ID)[^:\r\n]*:)(\d{4})(\d\d)(\d\d)/gm,
    (_, head: string, y: string, m: string, d: string) => {
      const moved = new Date(Date.UTC(+y, +m - 1, +d) + shift);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${head}${moved.getUTCFullYear()}${p(moved.getUTCMonth() + 1)}${p(moved.getUTCDate())}`;
    },
  );
}

async function cards(popup: Page, title: string) {
  const all = popup.locator('.meeting-card', {
    has: popup.locator('.meeting-card__title', {
      hasText: new RegExp(`^${title.replace(/[()]/g, '\\$&')}$`),
    }),
  });
  const out: { time: string; customer: string }[] = [];
  for (const card of await all.all()) {
    out.push({
      time: (await card.locator('.meeting-card__time').innerText()).trim(),
      customer: (await card.locator('.meeting-card__customer').innerText()).trim(),
    });
  }
  return out;
}

describe('importing an Outlook calendar file', () => {
  let ext: Extension;
  const tz = process.env.TZ;

  beforeAll(async () => {
    // The browser inherits the zone it shows local times in.
    process.env.TZ = ZONE;
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('previews the file: customers by attendee domain, colleagues-only meetings skipped', async () => {
    const settings = await ext.openPage('options.html#settings');
    await settings.getByLabel(/Domains of your company/).fill('seller.example');
    await settings.getByRole('button', { name: 'Save domains' }).click();
    // exact: the page also says a backup is "saved as a file", which is not this save done.
    await settings.getByText('Saved', { exact: true }).first().waitFor();
    await settings.close();

    const page = await ext.openPage('options.html#calendar');
    await page.getByLabel('Choose a calendar file').setInputFiles({
      name: 'Calendar.ics',
      mimeType: 'text/calendar',
      buffer: Buffer.from(calendarThisWeek()),
    });
    const counts = page.getByRole('table', { name: 'What the import would do' });
    await counts.waitFor();
    await expect
      .poll(() => counts.getByRole('row', { name: /only colleagues/ }).innerText())
      .toMatch(/\d+$/);
    expect(await counts.getByRole('row', { name: /only colleagues/ }).innerText()).not.toMatch(
      /\b0$/,
    );
    // Nobody is a customer yet: each company is offered in one click.
    await page.getByRole('button', { name: 'Create customer Northwind Logistics' }).click();
    await page.getByRole('button', { name: 'Create customer Contoso' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Create customer/ }).count()).toBe(0);
    await expect
      .poll(() => counts.getByRole('row', { name: /With a customer/ }).innerText())
      .toMatch(/\(2 customers\)/);
    await screenshot(page, 'calendar-import-preview');
    await page.getByRole('button', { name: /^Import \d+ changes$/ }).click();
    await page
      .getByRole('status')
      .getByText(/Imported Calendar\.ics: \d+ new meetings/)
      .waitFor();
    await page.close();
  });

  it('shows the week’s meetings in the popup at their local times, with customer and readiness', async () => {
    const popup = await ext.openPage('popup.html', { width: 360, height: 720 });
    await popup.getByRole('heading', { name: 'Upcoming meetings' }).waitFor();
    await popup.locator('.meeting-card').first().waitFor();

    // 10:00 in "W. Europe Standard Time" is 10:00 in Berlin, summer or winter.
    const standUps = await cards(popup, 'Northwind pilot stand-up');
    const afternoon = await cards(popup, 'Northwind pilot stand-up (afternoon)');
    const contoso = await cards(popup, 'Contoso rollout call');
    expect(standUps.length + contoso.length).toBeGreaterThanOrEqual(3);
    // The moved occurrence is at its new time.
    for (const c of afternoon)
      expect(c).toEqual({ time: '3:00 PM', customer: 'Northwind Logistics' });
    for (const c of standUps)
      expect(c).toEqual({ time: '10:00 AM', customer: 'Northwind Logistics' });
    // 9:00 New York ("(UTC-05:00) Eastern Time (US & Canada)") is 15:00 in Berlin
    // (14:00 in the weeks Europe and the US change clocks apart), never 9:00.
    for (const c of contoso) {
      expect(c.customer).toBe('Contoso');
      expect(c.time).toMatch(/^(2|3):00 PM$/);
    }
    // A meeting of colleagues only was never imported.
    expect(await popup.getByText('Team stand-up').count()).toBe(0);
    // Each has its readiness.
    const meters = popup.getByRole('meter', { name: /^Readiness of (Northwind|Contoso)/ });
    expect(await meters.count()).toBe(standUps.length + afternoon.length + contoso.length);
    expect(await meters.first().getAttribute('aria-valuetext')).toMatch(/^\d+% ready$/);
    await screenshot(popup, 'calendar-import-popup');
    await popup.close();
  });

  it('keeps the cancelled and the moved occurrence as the calendar says, and a second import changes nothing', async () => {
    const page = await ext.openPage('options.html#calendar');
    const rows = async () =>
      (await storedRows(page, 'meetings')).map((m) => ({
        title: m.title,
        startsAt: m.startsAt,
        key: m.calendarKey,
      }));
    const before = await rows();
    const moved = before.find((m) => m.title === 'Northwind pilot stand-up (afternoon)');
    expect(moved).toBeDefined();
    // Moved from 10:00 to 15:00 the same day, kept under its original occurrence.
    expect(new Date(moved!.startsAt).toLocaleTimeString('en-US', { timeZone: ZONE })).toBe(
      '3:00:00 PM',
    );
    expect(moved!.key).toMatch(/#\d{4}-\d\d-\d\dT09:00:00Z$/);
    // The EXDATE occurrence (the Wednesday of the second week) has no meeting.
    const wednesday = new Date(thisMonday(Date.now()) + 9 * DAY).toISOString().slice(0, 10);
    expect(before.some((m) => m.key?.includes(`#${wednesday}T`))).toBe(false);

    await page.getByLabel('Choose a calendar file').setInputFiles({
      name: 'Calendar.ics',
      mimeType: 'text/calendar',
      buffer: Buffer.from(calendarThisWeek()),
    });
    await page.getByText('Nothing to import: every meeting is already up to date.').waitFor();
    expect((await rows()).length).toBe(before.length);
    await page.close();
  });
});

const FEED_URL = 'https://calendar.example.com/ical/sam/private-3f9a/basic.ics';

/**
 * Playwright cannot click the browser's permission prompt (headless Chromium
 * waits on it), so the feed's host is granted the way Allow grants it: a copy
 * of the build whose manifest lists it. The request then resolves at once.
 */
async function launchWithFeedHostGranted(): Promise<Extension> {
  const dir = await copyOfBuild((manifest) => {
    expect(manifest.optional_host_permissions).toContain('https://*/*');
    manifest.host_permissions = [
      ...(manifest.host_permissions ?? []),
      'https://calendar.example.com/*',
    ];
  });
  const ext = await launchExtension({ extensionDir: dir });
  return {
    ...ext,
    async close() {
      await ext.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The next weekdays after today that the stand-up series has (it runs three weeks from this Monday). */
function nextStandUpDays(count: number): string[] {
  const monday = thisMonday(Date.now());
  const today = Math.floor(Date.now() / DAY) * DAY;
  const out: string[] = [];
  for (let i = 0; i < 21 && out.length < count; i++) {
    const day = monday + i * DAY;
    const weekday = new Date(day).getUTCDay();
    if (day > today && weekday >= 1 && weekday <= 5)
      out.push(new Date(day).toISOString().slice(0, 10));
  }
  return out;
}

const compact = (day: string) => day.replace(/-/g, '');

describe('subscribing to a calendar feed', () => {
  let ext: Extension;
  let feedBody = '';
  const tz = process.env.TZ;
  const [movedDay, cancelledDay] = nextStandUpDays(2) as [string, string];

  beforeAll(async () => {
    process.env.TZ = ZONE;
    ext = await launchWithFeedHostGranted();
    await ext.context.route(FEED_URL, (route) =>
      route.fulfill({ status: 200, contentType: 'text/calendar', body: feedBody }),
    );
  });
  afterAll(async () => {
    await ext?.close();
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('is added in the workspace and brings the meetings in', async () => {
    feedBody = calendarThisWeek();
    const settings = await ext.openPage('options.html#settings');
    await settings.getByLabel(/Domains of your company/).fill('seller.example');
    await settings.getByRole('button', { name: 'Save domains' }).click();
    // exact: the page also says a backup is "saved as a file", which is not this save done.
    await settings.getByText('Saved', { exact: true }).first().waitFor();
    await settings.close();
    // The customers, made in one click from the file's preview (no meetings imported from it).
    const page = await ext.openPage('options.html#calendar');
    await page.getByLabel('Choose a calendar file').setInputFiles({
      name: 'Calendar.ics',
      mimeType: 'text/calendar',
      buffer: Buffer.from(feedBody),
    });
    await page.getByRole('button', { name: 'Create customer Northwind Logistics' }).click();
    await page.getByRole('button', { name: 'Create customer Contoso' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Create customer/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByLabel('Calendar address (ICS)').fill(FEED_URL.replace('https://', 'webcal://'));
    await page.getByRole('button', { name: 'Subscribe' }).click();
    const feeds = page.getByRole('list', { name: 'Subscribed calendars' });
    await feeds.getByText(/^Last updated /).waitFor({ timeout: 20_000 });
    await feeds.getByRole('button', { name: 'Remove calendar.example.com' }).waitFor();
    await page.close();
  });

  it('a second version (one meeting moved, one cancelled) updates the popup without losing a tick', async () => {
    const startedAt = Date.now();
    let popup = await ext.openPage('popup.html');
    const standUp = (p: Page) =>
      p.locator('.meeting-card', {
        has: p.locator('.meeting-card__title', { hasText: /^Northwind pilot stand-up$/ }),
      });
    await standUp(popup).first().waitFor();
    const before = await standUp(popup).count();
    const rows = (await storedRows(popup, 'meetings')).map((m) => ({
      id: m.id,
      key: m.calendarKey as string,
      source: m.calendarSource,
    }));
    // Tick an item of the occurrence that will move (as the popup's checkbox does).
    const moving = rows.find((m) => m.key.endsWith(`#${movedDay}T09:00:00Z`))!;
    expect(moving.source).toMatch(/^feed:/);
    const ticked = await popup.evaluate(async (meetingId) => {
      const open = indexedDB.open('callprep');
      const db: IDBDatabase = await new Promise((ok) => (open.onsuccess = () => ok(open.result)));
      return new Promise<string>((ok) => {
        const tx = db.transaction('checklistItems', 'readwrite');
        const store = tx.objectStore('checklistItems');
        const r = store.index('meetingId').getAll(meetingId);
        r.onsuccess = () => {
          const item = r.result.find((i: any) => !i.rule);
          store.put({ ...item, done: true, doneAt: Date.now(), updatedAt: Date.now() });
          tx.oncomplete = () => (db.close(), ok(item.id));
        };
      });
    }, moving.id);
    await popup.close();

    // The organizer moves the first coming stand-up to 16:00 and cancels the next.
    const v1 = calendarThisWeek();
    const series = v1.indexOf('BEGIN:VEVENT');
    const master = v1.slice(series, v1.indexOf('END:VEVENT', series) + 'END:VEVENT\r\n'.length);
    const exception = master
      .replace(/RRULE:[^\r\n]+\r\n/, '')
      .replace(/EXDATE[^\r\n]+\r\n/, '')
      .replace(
        /DTSTART;[^\r\n]+/,
        `DTSTART;TZID="W. Europe Standard Time":${compact(movedDay)}T160000`,
      )
      .replace(/DTEND;[^\r\n]+/, `DTEND;TZID="W. Europe Standard Time":${compact(movedDay)}T163000`)
      .replace(
        'SUMMARY;',
        `RECURRENCE-ID;TZID="W. Europe Standard Time":${compact(movedDay)}T100000\r\nSUMMARY;`,
      );
    feedBody = v1
      .replace(
        /^(EXDATE;TZID="W. Europe Standard Time":\d{8}T100000)/m,
        `$1,${compact(cancelledDay)}T100000`,
      )
      .replace('END:VCALENDAR', `${exception}END:VCALENDAR`);

    // The popup fetches a feed checked more than 10 s ago when it opens.
    await new Promise((r) => setTimeout(r, Math.max(0, 11_000 - (Date.now() - startedAt))));
    popup = await ext.openPage('popup.html');
    // The cancelled one is gone; the moved one is at its new time.
    await expect.poll(() => standUp(popup).count(), { timeout: 20_000 }).toBe(before - 1);
    const moved = popup.locator('.meeting-card', { hasText: 'Northwind pilot stand-up' }).filter({
      has: popup.locator('.meeting-card__time', { hasText: '4:00 PM' }),
    });
    await moved.first().waitFor();
    const kept = await popup.evaluate(async (itemId) => {
      const open = indexedDB.open('callprep');
      const db: IDBDatabase = await new Promise((ok) => (open.onsuccess = () => ok(open.result)));
      const item: any = await new Promise((ok) => {
        const r = db.transaction('checklistItems').objectStore('checklistItems').get(itemId);
        r.onsuccess = () => ok(r.result);
      });
      const meetings: any[] = await new Promise((ok) => {
        const r = db.transaction('meetings').objectStore('meetings').getAll();
        r.onsuccess = () => ok(r.result);
      });
      db.close();
      return { done: item.done, meeting: meetings.find((m) => m.id === item.meetingId) };
    }, ticked);
    expect(kept.done).toBe(true);
    expect(kept.meeting.status).toBe('planned');
    expect(new Date(kept.meeting.startsAt).toLocaleTimeString('en-US', { timeZone: ZONE })).toBe(
      '4:00:00 PM',
    );
    await screenshot(popup, 'calendar-feed-popup');
    await popup.close();
  });
});
