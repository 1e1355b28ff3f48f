import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  loadSampleWorkspace,
  type Extension,
  visitTab,
  openPanelFor,
} from './harness';
import { tabStateKey } from '../../lib/session/keys';

/**
 * Issue 3: pages about the sample customers, served at their real Gmail,
 * Salesforce Lightning and HubSpot URLs, are recognized by the built extension,
 * and the side panel for that tab names the customer and says why, in words.
 * The fixtures keep the DOM the recognizers read (tests/fixtures/pages/*) with
 * the sample customers' addresses and CRM ids, plus traps: hidden cached views
 * and mail bodies that name other customers.
 */
const fixture = (name: string) => readFile(resolve('tests/e2e/fixtures', name), 'utf8');

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmqHbQXmqTvqJCmWbzGs';
const SALESFORCE = 'https://acme.lightning.force.com/lightning/r/Account/0015g00000AcMeZAAV/view';
const HUBSPOT = 'https://app.hubspot.com/contacts/4021119/record/0-2/9120034505';

type Badge = { text: string; title: string };

let ext: Extension;

beforeAll(async () => {
  ext = await launchExtension();
  await loadSampleWorkspace(ext);
});
afterAll(async () => {
  await ext?.close();
});

// Gmail keeps the thread in the hash: one route per path serves every thread.
const visit = (url: string, html: string) => visitTab(ext, url, html);
const panelFor = (tabId: number) => openPanelFor(ext, tabId);

function badgeOf(tabId: number | null): Promise<Badge> {
  return ext.worker.evaluate(async (id) => {
    const action = (globalThis as any).chrome.action;
    const details = id === null ? {} : { tabId: id };
    return {
      text: await action.getBadgeText(details),
      title: await action.getTitle(details),
    };
  }, tabId);
}

/** Shows the customer, the reason and the confidence in words (never as a number). */
async function expectRecognized(
  panel: Page,
  customer: string,
  reason: RegExp,
  confidence: 'exact' | 'very likely' | 'likely' | 'possible',
) {
  await panel.getByRole('heading', { level: 1, name: customer, exact: true }).waitFor();
  const recognition = panel.locator('.recognition');
  await expect.poll(() => recognition.textContent()).toMatch(reason);
  const text = (await recognition.textContent()) ?? '';
  expect(text).toContain(`(${confidence})`);
  expect(text).not.toMatch(/\b0\.\d|\d+ ?%/);
  // Not a guess: no "fits more than one customer" warning.
  expect(await panel.getByText(/fits more than one customer/).count()).toBe(0);
}

/**
 * The sample workspace has a promise of ours overdue (Northwind): that `!` is
 * the loudest thing Callprep shows, so a recognized tab shows it too, and its
 * tooltip names this tab's customer. Unmatched tabs follow the global badge.
 */
async function expectTabBadge(tabId: number, customer: string) {
  await expect.poll(async () => (await badgeOf(tabId)).text, { timeout: 10_000 }).toBe('!');
  const badge = await badgeOf(tabId);
  expect(badge.title).toMatch(/overdue promise/);
  expect(badge.title).toContain(`This tab: ${customer}`);
}

describe('recognition on real sites, shown in the side panel', () => {
  it('Gmail thread from a known contact: Globex Health, by contact email (very likely)', async () => {
    const { page, tabId } = await visit(GMAIL, await fixture('gmail-thread-globex.html'));
    const panel = await panelFor(tabId);
    await expectRecognized(
      panel,
      'Globex Health',
      /Recognized by contact email priya\.raman@globexhealth\.com/,
      'very likely',
    );
    // The contact on the page is named under the customer.
    await panel.getByText('Priya Raman', { exact: true }).waitFor();
    await expectTabBadge(tabId, 'Globex Health');
    await panel.close();
    await page.close();
  });

  it('Salesforce Lightning Account: Acme Analytics, by its Salesforce record (exact)', async () => {
    const { page, tabId } = await visit(SALESFORCE, await fixture('salesforce-acme.html'));
    const panel = await panelFor(tabId);
    await expectRecognized(
      panel,
      'Acme Analytics',
      /Recognized by Salesforce Account 0015g00000AcMeZAAV/,
      'exact',
    );
    await expectTabBadge(tabId, 'Acme Analytics');
    await panel.close();
    await page.close();
  });

  it('HubSpot company record: Tandem Retail Group, by its HubSpot record (exact)', async () => {
    const { page, tabId } = await visit(HUBSPOT, await fixture('hubspot-company-tandem.html'));
    const panel = await panelFor(tabId);
    await expectRecognized(
      panel,
      'Tandem Retail Group',
      /Recognized by HubSpot company 9120034505/,
      'exact',
    );
    await expectTabBadge(tabId, 'Tandem Retail Group');
    await panel.close();
    await page.close();
  });

  it('a thread with two customers’ contacts: shown as a choice, with the other one a click away', async () => {
    const html = (await fixture('gmail-thread-globex.html')).replace(
      '>me</span></span>',
      '>me</span>, <span translate="no" class="g2" email="lena@acme-analytics.com" name="Lena Fischer">Lena Fischer</span></span>',
    );
    const url = GMAIL.replace(/[\w-]+$/, 'FMfcgzQXJWDsKmqHbQXmqTvqAmbiguous1');
    const { page, tabId } = await visit(url, html);
    const panel = await panelFor(tabId);
    await panel.getByText(/fits more than one customer equally well/).waitFor();
    const shown = await panel.getByRole('heading', { level: 1 }).textContent();
    const other = shown === 'Globex Health' ? 'Acme Analytics' : 'Globex Health';
    expect(['Globex Health', 'Acme Analytics']).toContain(shown);
    const choice = panel
      .getByRole('group', { name: 'Other customers this page could be about' })
      .getByRole('button', { name: new RegExp(other) });
    await expect.poll(() => choice.textContent()).toMatch(/\(very likely\)/);
    await choice.click();
    await panel.getByRole('heading', { level: 1, name: other, exact: true }).waitFor();
    await panel.close();
    await page.close();
  });

  it('a thread from nobody known: "No customer recognized", with create and link actions', async () => {
    const html = (await fixture('gmail-thread-globex.html'))
      .replaceAll('priya.raman@globexhealth.com', 'j.doe@unknown-freight.example')
      .replaceAll('Priya Raman', 'Jo Doe');
    const url = GMAIL.replace(/[\w-]+$/, 'FMfcgzQXJWDsKmqHbQXmqTvqUnknown00001');
    const { page, tabId } = await visit(url, html);
    // Recorded for the tab (the page is known), matched to nobody.
    const state = await ext.worker.evaluate(
      async (k) => (await (globalThis as any).chrome.storage.session.get(k))[k],
      tabStateKey(tabId),
    );
    expect(state.signal.people).toContainEqual(
      expect.objectContaining({ role: 'from', email: 'j.doe@unknown-freight.example' }),
    );
    expect(state.match).toBeNull();

    const panel = await panelFor(tabId);
    await panel.getByRole('heading', { level: 1, name: 'No customer recognized' }).waitFor();
    await panel.getByRole('button', { name: 'Create customer from this page' }).waitFor();
    await panel.getByRole('button', { name: 'Link this page to…' }).waitFor();
    expect(await panel.locator('.recognition').count()).toBe(0);
    // No badge of its own: the tab shows the global one.
    const global = await badgeOf(null);
    const badge = await badgeOf(tabId);
    expect(badge.text).toBe(global.text);
    expect(badge.text).not.toBe('●');
    expect(badge.title).not.toMatch(/This tab/);
    await panel.close();
    await page.close();
  });
});
