import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { parseTabStateKey } from '../../lib/session/keys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gotoExtensionPage,
  launchFirefoxExtension,
  serveOnly,
  type FirefoxExtension,
} from './firefox-harness';

/**
 * The same extension in real Firefox ESR (the Firefox build: MV2, sidebar instead
 * of side panel): the welcome page loads the sample, the popup shows meetings
 * with readiness, and a Salesforce record is recognized and shown in the panel.
 */
const SF_URL = 'https://northwind.lightning.force.com/lightning/r/Account/0015g00000NwLgsAAF/view';
const SF_FIXTURE = resolve('tests/e2e/fixtures/salesforce-northwind.html');

async function textOf(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

async function waitForText(page: Page, text: string | RegExp, timeout = 15_000): Promise<void> {
  const source = typeof text === 'string' ? text : text.source;
  const flags = typeof text === 'string' ? '' : text.flags;
  await page.waitForFunction(
    (s, f, literal) =>
      literal
        ? document.body.innerText.includes(s)
        : new RegExp(s, f).test(document.body.innerText),
    { timeout },
    source,
    flags,
    typeof text === 'string',
  );
}

describe('in Firefox', () => {
  let ext: FirefoxExtension;

  beforeAll(async () => {
    ext = await launchFirefoxExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('loads the sample workspace from the welcome page', async () => {
    const page = await ext.openPage('options.html#welcome');
    const button = await page.waitForSelector('::-p-text(Load sample workspace)');
    await button!.click();
    await waitForText(page, /sample workspace is loaded/i);
    await page.close();
  });

  it('shows upcoming meetings with readiness in the popup', async () => {
    const page = await ext.openPage('popup.html');
    await waitForText(page, 'Onboarding pilot: week 4 check-in');
    const meters = await page.$$eval('[role="meter"]', (els) =>
      els.map((el) => ({
        label: el.getAttribute('aria-label'),
        text: el.getAttribute('aria-valuetext'),
      })),
    );
    expect(meters.length).toBeGreaterThan(0);
    expect(meters[0]!.text).toMatch(/^\d+% ready$/);
    // The overdue promise of ours comes first, as in Chromium.
    expect(await textOf(page)).toContain('Send the security review answers');
    await page.close();
  });

  it('recognizes a Salesforce account and shows it in the panel', async () => {
    const crm = await ext.browser.newPage();
    await serveOnly(crm, SF_URL, SF_FIXTURE);
    await crm.goto(SF_URL);
    // The background keeps what each recognized tab shows in storage.session, by tab id.
    const panel = await ext.openPage('popup.html');
    await panel.waitForFunction(
      async (url) => {
        const all = await (globalThis as any).browser.storage.session.get(null);
        return Object.values(all).some((v: any) => v?.signal?.url === url);
      },
      { timeout: 15_000, polling: 200 },
      SF_URL,
    );
    const keys = await panel.evaluate(async (url) => {
      const all = await (globalThis as any).browser.storage.session.get(null);
      return Object.keys(all).filter((k) => all[k]?.signal?.url === url);
    }, SF_URL);
    const tabId = keys.map(parseTabStateKey).find((id) => id !== null);
    expect(tabId).toBeTypeOf('number');
    await gotoExtensionPage(panel, `moz-extension://${ext.uuid}/sidepanel.html?tabId=${tabId}`);
    await waitForText(panel, 'Northwind Logistics');
    await waitForText(panel, /Salesforce/);
    const heading = await panel.$eval('h1', (h) => h.textContent);
    expect(heading).toContain('Northwind Logistics');
    await crm.close();
    await panel.close();
  });
});
