import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  launchExtension,
  loadSampleWorkspace,
  screenshot,
  serveHtml,
  tabIdOf,
  type Extension,
} from './harness';
import { PANEL_TARGET_KEY, tabStateKey } from '../../lib/session/keys';

/**
 * The side panel during a call, in real Chromium with the built extension: the
 * sample customer Northwind Logistics, its goals first, a checklist tick, a
 * promise, a note, and all of it still there after the panel closes and opens.
 */
const NORTHWIND = 'sample-northwind';
const SF_URL = 'https://northwind.lightning.force.com/lightning/r/Account/0015g00000NwLgsAAF/view';
const FIXTURE = resolve('tests/e2e/fixtures/salesforce-northwind.html');
const SIZE = { width: 360, height: 800 };

let ext: Extension | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

/** What the popup does: point the panel at a customer (storage.session, read by the panel). */
async function setPanelTarget(e: Extension, customerId: string) {
  await e.worker.evaluate(
    async ([key, id]) =>
      (globalThis as any).chrome.storage.session.set({
        [key]: { customerId: id, at: Date.now() },
      }),
    [PANEL_TARGET_KEY, customerId] as const,
  );
}

async function openPanel(e: Extension, query = ''): Promise<Page> {
  const page = await e.openPage(`sidepanel.html${query}`, SIZE);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return page;
}

/** The flow a seller goes through in a call, then close and reopen. */
async function callFlow(e: Extension, open: () => Promise<Page>) {
  let page = await open();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Northwind Logistics' }).isVisible(),
  ).resolves.toBe(true);

  // Goals come first: the first section after the header.
  const sections = await page.locator('main section h2').allTextContents();
  expect(sections[0]).toMatch(/^Goals/);
  await page
    .getByText('Cut onboarding time for new depot staff from 6 weeks to 2', { exact: true })
    .waitFor();

  // Our overdue promise is the loudest thing, at the top.
  const alert = page.getByRole('alert').filter({ hasText: 'Send the security review answers' });
  await alert.waitFor();

  // Tick a manual checklist item.
  const item = page.getByRole('checkbox', { name: /Laptop charged, call link tested/ });
  // The box is controlled by the database: it shows ticked once the write is back.
  await item.click();
  await expect.poll(() => item.isChecked()).toBe(true);

  // A promise made during the call, with a due date.
  await page.getByLabel('New promise').fill('Send the Leeds depot plan');
  await page.getByLabel('Due', { exact: true }).fill('2031-03-14');
  await page.getByRole('button', { name: 'Add promise' }).click();
  await page.locator('.promise', { hasText: 'Send the Leeds depot plan' }).waitFor();

  // A live note, saved as it is typed.
  const note = page.getByLabel('Note', { exact: true });
  await note.click();
  await note.pressSequentially('Maya: Leeds opens in March, ', { delay: 5 });
  await note.pressSequentially('needs 20 hires trained by then');
  // Close at once: the flush on pagehide / the synchronous backup must keep every keystroke.
  await page.close();

  page = await open();
  await expect(
    page.getByRole('checkbox', { name: /Laptop charged, call link tested/ }).isChecked(),
  ).resolves.toBe(true);
  await page.locator('.promise', { hasText: 'Send the Leeds depot plan' }).waitFor();
  await page
    .getByText('Maya: Leeds opens in March, needs 20 hires trained by then', { exact: true })
    .first()
    .waitFor();
  return page;
}

describe('side panel', () => {
  it('opened on a customer (PanelTarget): goals first, tick, promise, note, all kept after reopening', async () => {
    ext = await launchExtension();
    await loadSampleWorkspace(ext);
    await setPanelTarget(ext, NORTHWIND);
    const e = ext;
    const page = await callFlow(e, () => openPanel(e));
    // Saved after reopening (so the note shows in the list); scrolled to the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('body').click({ position: { x: 5, y: 790 } });
    await screenshot(page, 'sidepanel-light');
  });

  it('follows a recognized Salesforce Account page (pinned with ?tabId=N)', async () => {
    ext = await launchExtension();
    await loadSampleWorkspace(ext);
    await serveHtml(ext.context, SF_URL, await readFile(FIXTURE, 'utf8'));
    const crm = await ext.context.newPage();
    await crm.goto(SF_URL);
    const tabId = await tabIdOf(ext, crm);
    const e = ext;
    const match = await e.worker.evaluate(
      async (k) => (await (globalThis as any).chrome.storage.session.get(k))[k]?.match ?? null,
      tabStateKey(tabId),
    );
    expect(match).toMatchObject({ customerId: NORTHWIND, via: 'crm', ambiguous: false });
    const page = await callFlow(e, () => openPanel(e, `?tabId=${tabId}`));
    await page.getByText(/Recognized by Salesforce Account 0015g00000NwLgsAAF/).waitFor();
    const text = await page.locator('.recognition').textContent();
    expect(text).toContain('(exact)');
    // Confidence in words, never as a number.
    expect(text).toMatch(/\((exact|very likely|likely|possible)\)/);
    expect(text).not.toMatch(/0\.\d|\d+%/);
  });

  it('an unrecognized page, linked to a customer from the panel, is recognized from then on', async () => {
    ext = await launchExtension();
    await loadSampleWorkspace(ext);
    const url = 'https://contoso.lightning.force.com/lightning/r/Account/0015g00000CtSoPQAZ/view';
    const html = (await readFile(FIXTURE, 'utf8')).replaceAll(
      'Northwind Logistics',
      'Contoso Pharma',
    );
    await serveHtml(
      ext.context,
      url,
      html.replace(/northwind-logistics\.com/g, 'contoso-pharma.example'),
    );
    const crm = await ext.context.newPage();
    await crm.goto(url);
    const tabId = await tabIdOf(ext, crm);
    const page = await openPanel(ext, `?tabId=${tabId}`);
    await page.getByRole('heading', { name: 'No customer recognized' }).waitFor();
    await page.getByRole('button', { name: 'Link this page to…' }).click();
    await page.getByRole('combobox', { name: 'Link this page to' }).fill('North');
    await page.getByRole('option', { name: 'Northwind Logistics' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Northwind Logistics' }).waitFor();
    // The background matched the tab again with what was learned: recognized, exactly.
    await page.getByText(/Recognized by .*\(exact\)/).waitFor();
  });

  it('dark theme at 360 px', async () => {
    ext = await launchExtension({ colorScheme: 'dark' });
    await loadSampleWorkspace(ext);
    await setPanelTarget(ext, NORTHWIND);
    const page = await openPanel(ext);
    await page
      .getByText('Cut onboarding time for new depot staff from 6 weeks to 2', { exact: true })
      .waitFor();
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(21, 24, 28)');
    await screenshot(page, 'sidepanel-dark');
  });

  it('with no customer recognized, says what to do and links the welcome page when empty', async () => {
    ext = await launchExtension();
    const page = await openPanel(ext);
    await page.getByRole('heading', { name: 'No customer recognized' }).waitFor();
    await page.getByText(/Open a customer in your CRM, an email or a calendar event/).waitFor();
    const link = page.getByRole('link', { name: /load the sample workspace/i });
    expect(await link.getAttribute('href')).toMatch(/options\.html#welcome$/);
    // Nothing is wider than the panel at 320 px.
    await page.setViewportSize({ width: 320, height: 700 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
