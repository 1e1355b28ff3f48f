import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  launchExtension,
  loadSampleWorkspace,
  PANEL_SIZE,
  screenshot,
  serveHtml,
  type Extension,
} from './harness';

/**
 * Today in real Chromium with the built extension: the side panel of a tab that
 * shows no customer greets the seller with the day's work (an overdue promise of
 * ours first, news with its age, a customer we are losing touch with), a line
 * opens its customer, and after ticking a promise in the meeting the follow-up
 * names it with its date.
 */
const NEWS_URL = 'https://news.example.org/today';

let ext: Extension | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

/** A tab with nothing Callprep knows, and its side panel. */
async function panelOnPlainTab(e: Extension): Promise<Page> {
  await serveHtml(
    e.context,
    NEWS_URL,
    '<!DOCTYPE html><title>Morning news</title><h1>Weather</h1>',
  );
  const tab = await e.context.newPage();
  await tab.goto(NEWS_URL);
  // Without the tabs permission a tab's URL is hidden: the newest tab is the one just opened.
  const tabId: number = await e.worker.evaluate(async () => {
    const tabs: { id: number }[] = await (globalThis as any).chrome.tabs.query({});
    return Math.max(...tabs.map((t) => t.id));
  });
  const panel = await e.openPage(`sidepanel.html?tabId=${tabId}`, PANEL_SIZE);
  await panel.getByRole('heading', { level: 1, name: 'No customer recognized' }).waitFor();
  await panel.getByRole('region', { name: 'Today', exact: true }).waitFor();
  return panel;
}

describe('Today', () => {
  it('on a tab with no customer: an overdue promise first, news with its age, a customer losing touch', async () => {
    ext = await launchExtension();
    await loadSampleWorkspace(ext);
    const panel = await panelOnPlainTab(ext);
    const today = panel.getByRole('region', { name: 'Today', exact: true });
    await today.getByRole('heading', { name: /^Promises due/ }).waitFor();
    const headings = (await today.locator('h2').allTextContents()).map((h) =>
      h.replace(/\s*\d+$/, ''),
    );
    expect(headings).toEqual([
      'Today’s meetings',
      'Promises due',
      'News to share',
      'Goals that need a hand',
      'Losing touch',
    ]);
    const promises = today.getByRole('region', { name: /^Promises due/ }).getByRole('button');
    expect(await promises.first().textContent()).toMatch(
      /Northwind Logistics.*We promised.*Send the security review answers.*2 days overdue/,
    );
    const news = today.getByRole('region', { name: /^News to share/ });
    expect(await news.getByRole('button').first().textContent()).toMatch(
      /Northwind Logistics.*works offline.*found 6 days ago/,
    );
    const touch = today.getByRole('region', { name: /^Losing touch/ });
    expect(await touch.textContent()).toMatch(
      /Tandem Retail Group.*last touch 40 days ago.*Past your 30-day keep-in-touch interval/,
    );
    // The unmatched page's own actions stay above Today.
    const order = await panel.evaluate(() => {
      const header = document.querySelector('header[aria-label="Customer"]')!;
      const todayEl = document.querySelector('[aria-label="Today"]')!;
      return header.compareDocumentPosition(todayEl) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await screenshot(panel, 'today-light');
  });

  it('dark theme', async () => {
    ext = await launchExtension({ colorScheme: 'dark' });
    await loadSampleWorkspace(ext);
    const panel = await panelOnPlainTab(ext);
    await panel.getByRole('heading', { name: /^Losing touch/ }).waitFor();
    const bg = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(21, 24, 28)');
    await screenshot(panel, 'today-dark');
  });

  it('a line opens its customer; after ticking a promise in the meeting, the follow-up names it and its date', async () => {
    ext = await launchExtension();
    await loadSampleWorkspace(ext);
    const panel = await panelOnPlainTab(ext);
    await panel
      .getByRole('region', { name: /^Promises due/ })
      .getByRole('button', { name: /Send the security review answers/ })
      .click();
    await panel.getByRole('heading', { level: 1, name: 'Northwind Logistics' }).waitFor();
    await panel.getByText(/^last touch \d+ days? ago$/).waitFor();

    // Ticked in the meeting's Promises section (the overdue banner above offers the same).
    const promises = panel.getByRole('region', { name: /^Promises( \d+)?$/ });
    await promises
      .getByRole('button', { name: 'Mark done: Send the security review answers' })
      .click();
    await promises
      .getByRole('button', { name: 'Reopen: Send the security review answers' })
      .waitFor();

    const meeting = panel.getByRole('region', { name: 'This meeting' });
    await meeting.getByText('Onboarding pilot: week 4 check-in').waitFor();
    await meeting.getByRole('button', { name: 'Write the follow-up' }).click();
    const box = meeting.getByLabel('Follow-up email');
    await box.waitFor();
    const text = await box.inputValue();
    // The promise's date as the panel writes dates: the sample's due date, two days before loading.
    const due = await panel.evaluate(() =>
      new Date(Date.now() - 2 * 864e5).toLocaleDateString(undefined, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
      }),
    );
    expect(text).toContain(`- Send the security review answers, by ${due} (done)`);
    expect(text).toMatch(/^Hi Maya and Tom,/);
    expect(text).toContain('Cut onboarding time for new depot staff from 6 weeks to 2');

    // Edited, closed and opened again: the draft is kept.
    await box.fill(`${text}\nP.S. Leeds in March.`);
    await panel.reload();
    const again = panel.getByRole('region', { name: 'This meeting' }).getByLabel('Follow-up email');
    await again.waitFor();
    expect(await again.inputValue()).toContain('P.S. Leeds in March.');
    const mailto = await panel
      .getByRole('link', { name: 'Open in your mail app' })
      .getAttribute('href');
    expect(mailto).toMatch(
      /^mailto:maya\.lindqvist@northwind-logistics\.com,tom\.okafor@northwind-logistics\.com\?subject=/,
    );
    expect(decodeURIComponent(mailto!)).toContain('Send the security review answers, by');
  });
});
