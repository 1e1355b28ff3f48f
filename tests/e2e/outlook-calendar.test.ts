import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURES,
  launchExtension,
  loadSampleWorkspace,
  openPanelFor,
  type Extension,
  visitTab,
  storedRows,
} from './harness';

/**
 * Issue 14: an Outlook on the web calendar event, served at its real
 * outlook.office.com URL (the saved event page: a hidden cached event and the
 * mail module beside it), is recognized as an event with the Northwind attendees.
 * The side panel offers "Prepare this meeting", which creates the meeting for
 * Northwind at the event's time; a second visit finds it instead of making another.
 */
const ITEM =
  'AAMkAGQ3ZTBhNDFlLWI0YjUtNGQ5Zi05YjM2LTVmYjYwODZjOWZhZgBGAAAAAADhyb%2BtR1yTQYq7oBp6JmrPBwCvvNzZ0aLbR7nQ%2FkFh1l2HAAAAAAENAACvvNzZ0aLbR7nQ%2FkFh1l2HAAFi3%2FpVAAA%3D';
const URL = `https://outlook.office.com/calendar/item/${ITEM}`;
const TITLE = 'Northwind: Leeds depot rollout plan';

type Row = {
  customerId: string;
  title: string;
  startsAt: number;
  endsAt: number | null;
  externalId: string | null;
};

/** Meetings prepared from Outlook events, read straight from IndexedDB. */
function owaMeetings(page: Page): Promise<Row[]> {
  return storedRows<Row>(page, 'meetings').then((rows) =>
    rows.filter((m) => m.externalId?.startsWith('owa:')),
  );
}

let ext: Extension;
let html: string;
let day: { y: number; m: number; d: number };

beforeAll(async () => {
  ext = await launchExtension();
  await loadSampleWorkspace(ext);
  // The event moves to tomorrow, so it is always upcoming.
  const t = new Date(Date.now() + 24 * 3600 * 1000);
  day = { y: t.getFullYear(), m: t.getMonth(), d: t.getDate() };
  html = (await readFile(join(FIXTURES, 'outlook-calendar-event-page.html'), 'utf8')).replaceAll(
    '11/24/2026',
    `${day.m + 1}/${day.d}/${day.y}`,
  );
});
afterAll(async () => {
  await ext?.close();
});

describe('Prepare this meeting, from an Outlook on the web calendar event', () => {
  it('the side panel names Northwind and prepares the meeting for it at the event’s time', async () => {
    const { page, tabId } = await visitTab(ext, URL, html);
    const panel = await openPanelFor(ext, tabId);
    await panel
      .getByRole('heading', { level: 1, name: 'Northwind Logistics', exact: true })
      .waitFor();
    const section = panel.getByRole('region', { name: 'From your calendar' });
    await section.getByText(TITLE).waitFor();
    await section.getByLabel('Checklist').selectOption({ label: 'Follow-up' });
    await section.getByRole('button', { name: 'Prepare this meeting' }).click();
    // The panel turns to the new meeting (the form and its "Prepared …" note go with it).
    await section.waitFor({ state: 'detached' });
    await panel.locator('.meeting-title', { hasText: TITLE }).waitFor();

    const rows = await owaMeetings(panel);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      customerId: 'sample-northwind',
      title: TITLE,
      startsAt: new Date(day.y, day.m, day.d, 14, 0).getTime(),
      endsAt: new Date(day.y, day.m, day.d, 14, 45).getTime(),
      externalId: `owa:${decodeURIComponent(ITEM)}`,
    });
    await panel.close();
    await page.close();
  });

  it('a second visit to the event finds the prepared meeting instead of making another', async () => {
    const { page, tabId } = await visitTab(ext, URL);
    const panel = await openPanelFor(ext, tabId);
    await panel
      .getByRole('heading', { level: 1, name: 'Northwind Logistics', exact: true })
      .waitFor();
    const section = panel.getByRole('region', { name: 'From your calendar' });
    await section.getByText(/already prepared/i).waitFor();
    await section.getByRole('button', { name: 'Prepare this meeting' }).click();
    // The panel turns to that meeting: nothing left to prepare.
    await section.waitFor({ state: 'detached' });
    await panel.locator('.meeting-title', { hasText: TITLE }).waitFor();
    expect(await owaMeetings(panel)).toHaveLength(1);
    await panel.close();
    await page.close();
  });
});
