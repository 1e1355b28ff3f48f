import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  loadSampleWorkspace,
  serveHtml,
  tabIdOf,
  type Extension,
  storedRows,
} from './harness';
import { tabStateKey } from '../../lib/session/keys';

/**
 * From the calendar: a Google Calendar event with a Northwind attendee, served
 * at its real URL. "Prepare this meeting" in the popup creates the meeting for
 * Northwind with the event's title and time; a second click opens it instead of
 * creating a duplicate.
 */
const EID =
  'N3Ezdm4ya2QwczhoMW00cDZyOXQydzV5OGIgbWF5YS5saW5kcXZpc3RAbm9ydGh3aW5kLWxvZ2lzdGljcy5jb20';
const URL = `https://calendar.google.com/calendar/u/0/r/eventedit/${EID}`;
const TITLE = 'Northwind: Leeds depot rollout plan';

type Row = {
  id: string;
  customerId: string;
  title: string;
  startsAt: number;
  endsAt: number | null;
  externalId: string | null;
  templateId: string | null;
};

/** Meetings prepared from this event, read straight from IndexedDB. */
function preparedMeetings(page: Page): Promise<Row[]> {
  return storedRows<Row>(page, 'meetings').then((rows) =>
    rows.filter((m) => m.externalId?.startsWith('gcal:')),
  );
}

describe('Prepare this meeting, from a Google Calendar event', () => {
  let ext: Extension;
  let tabId: number;
  let start: { y: number; m: number; d: number };

  beforeAll(async () => {
    ext = await launchExtension();
    await loadSampleWorkspace(ext);
    // The fixture's date moved to tomorrow, so the event is always upcoming.
    const t = new Date(Date.now() + 24 * 3600 * 1000);
    start = { y: t.getFullYear(), m: t.getMonth(), d: t.getDate() };
    const shown = t.toLocaleDateString('en-US', {
      month: 'short',
      day: 'numeric',
      year: 'numeric',
    });
    const html = (
      await readFile(resolve('tests/e2e/fixtures/gcalendar-event-northwind.html'), 'utf8')
    ).replaceAll('Nov 24, 2026', shown);
    await serveHtml(ext.context, URL, html);
    const page = await ext.context.newPage();
    await page.goto(URL);
    tabId = await tabIdOf(ext, page);
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('the event’s attendees match Northwind', async () => {
    await expect
      .poll(
        () =>
          ext.worker.evaluate(
            async (key) =>
              (await (globalThis as any).chrome.storage.session.get(key))[key]?.match?.customerId,
            tabStateKey(tabId),
          ),
        { timeout: 15_000 },
      )
      .toBe('sample-northwind');
  });

  it('creates the meeting with the right customer, title and time', async () => {
    const popup = await ext.openPage(`popup.html?tab=${tabId}`, { width: 360, height: 720 });
    const section = popup.getByRole('region', { name: 'From your calendar' });
    await section.getByText(TITLE).waitFor();
    await section.getByText(/Northwind Logistics/).waitFor();
    await section.getByLabel('Checklist').selectOption({ label: 'Follow-up' });
    await section.getByRole('button', { name: 'Prepare this meeting' }).click();
    await section
      .getByRole('status')
      .getByText(/Prepared “Northwind: Leeds depot rollout plan”/)
      .waitFor();

    const rows = await preparedMeetings(popup);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      customerId: 'sample-northwind',
      title: TITLE,
      startsAt: new Date(start.y, start.m, start.d, 14, 0).getTime(),
      endsAt: new Date(start.y, start.m, start.d, 14, 45).getTime(),
      externalId: 'gcal:7q3vn2kd0s8h1m4p6r9t2w5y8b',
      templateId: 'builtin-follow-up',
    });
    // It shows, expanded, in the list with its checklist.
    const card = popup.locator('.meeting-card', { hasText: TITLE });
    await card.getByText('Northwind Logistics').waitFor();
    await card.getByRole('checkbox', { name: /re-read what they want to accomplish/i }).waitFor();
    await popup.close();
  });

  it('a second click opens the prepared meeting instead of creating a duplicate', async () => {
    const popup = await ext.openPage(`popup.html?tab=${tabId}`, { width: 360, height: 720 });
    const section = popup.getByRole('region', { name: 'From your calendar' });
    await section.getByText(/already prepared/i).waitFor();
    await section.getByRole('button', { name: 'Prepare this meeting' }).click();
    await section
      .getByRole('status')
      .getByText(/Opened “Northwind: Leeds depot rollout plan”/)
      .waitFor();
    const card = popup.locator('.meeting-card', { hasText: TITLE });
    await expect.poll(() => card.getByRole('button', { expanded: true }).count()).toBe(1);
    // Twice more for good measure: still one meeting.
    await section.getByRole('button', { name: 'Prepare this meeting' }).click();
    expect(await preparedMeetings(popup)).toHaveLength(1);
    await popup.close();
  });
});
