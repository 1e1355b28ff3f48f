import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, screenshot, type Extension } from './harness';

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
    await settings.getByText('Saved').first().waitFor();
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
    const rows = () =>
      page.evaluate(async () => {
        const open = indexedDB.open('callprep');
        const db: IDBDatabase = await new Promise((ok, ko) => {
          open.onsuccess = () => ok(open.result);
          open.onerror = () => ko(open.error);
        });
        const all: any[] = await new Promise((ok) => {
          const req = db.transaction('meetings').objectStore('meetings').getAll();
          req.onsuccess = () => ok(req.result);
        });
        db.close();
        return all.map((m) => ({ title: m.title, startsAt: m.startsAt, key: m.calendarKey }));
      });
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
