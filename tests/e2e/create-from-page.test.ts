import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  serveFixture,
  serveHtml,
  type Extension,
  visitTab,
  openPanelFor,
} from './harness';

/**
 * Issue 13: "Create customer from this page" on a Salesforce Account of a company
 * the seller does not have yet, then mail from that company.
 *
 * What an Account page teaches (lib/match/learn.ts): the customer's name, the
 * Account's record ref, and the domain of its Website field (the signal's
 * `domain`). So the first thread from anyone at that company is recognized by
 * that domain, with nothing linked by hand, and the Account page itself is
 * recognized exactly by its ref.
 */
const ACCOUNT = 'https://acme.lightning.force.com/lightning/r/Account/001D000000IqhSLIAZ/view';
const GMAIL = 'https://mail.google.com/mail/u/0/';
const CUSTOMER = 'Acme Logistics, Inc.';

let ext: Extension;
let gmailThread: string;

beforeAll(async () => {
  ext = await launchExtension();
  gmailThread = await readFile(resolve('tests/e2e/fixtures/gmail-thread-globex.html'), 'utf8');
  // One route serves every thread: Gmail keeps the thread id in the hash.
  await serveHtml(ext.context, GMAIL, '<!DOCTYPE html><title>placeholder</title>');
});
afterAll(async () => {
  await ext?.close();
});

/** The Globex thread fixture, sent by someone else. */
function threadFrom(name: string, email: string): string {
  return gmailThread
    .replaceAll('priya.raman@globexhealth.com', email)
    .replaceAll('Priya Raman', name)
    .replace('Clinic board: next steps', `Order for ${name}`);
}

async function open(url: string): Promise<{ page: Page; panel: Page }> {
  const { page, tabId } = await visitTab(ext, url);
  return { page, panel: await openPanelFor(ext, tabId) };
}

async function openThread(id: string, name: string, email: string) {
  await ext.context.unroute((u) => u.origin === new URL(GMAIL).origin);
  await serveHtml(ext.context, GMAIL, threadFrom(name, email));
  return open(`${GMAIL}#inbox/${id}`);
}

async function expectReason(panel: Page, reason: RegExp, confidence: string) {
  await panel.getByRole('heading', { level: 1, name: CUSTOMER, exact: true }).waitFor();
  const recognition = panel.locator('.recognition');
  await expect.poll(() => recognition.textContent()).toMatch(reason);
  expect(await recognition.textContent()).toContain(`(${confidence})`);
}

describe('create a customer from a Salesforce Account, then mail from that company', () => {
  it('creates it from the page, and the record is recognized exactly from then on', async () => {
    await serveFixture(ext.context, ACCOUNT, 'salesforce-record-account.html');
    const { page, panel } = await open(ACCOUNT);
    await panel.getByRole('heading', { level: 1, name: 'No customer recognized' }).waitFor();
    await panel.getByRole('button', { name: 'Create customer from this page' }).click();
    const form = panel.getByRole('form', { name: 'Create customer from this page' });
    await expect.poll(() => form.getByLabel('Customer name').inputValue()).toBe(CUSTOMER);
    await form.getByText(/remember this page \(Salesforce Account 001D000000IqhSLIAZ/).waitFor();
    await form.getByRole('button', { name: 'Create customer' }).click();
    // The panel turns to the new customer (the "Created …" note goes with the form).
    await expectReason(panel, /Recognized by Salesforce Account 001D000000IqhSLIAZ/, 'exact');
    await panel.close();
    await page.close();

    // A fresh visit of the same record: matched by its ref, not by name.
    const again = await open(ACCOUNT);
    await expectReason(again.panel, /Recognized by Salesforce Account 001D000000IqhSLIAZ/, 'exact');
    await again.panel.close();
    await again.page.close();
  });

  it('the first thread from the company is recognized by the Website’s domain, with nothing linked by hand', async () => {
    const first = await openThread(
      'FMfcgzQXJWDsKmqHbQXmqTvqBruno00001',
      'Bruno Costa',
      'bruno@acme-logistics.example',
    );
    await expectReason(
      first.panel,
      /Recognized by email domain acme-logistics\.example/,
      'very likely',
    );
    expect(await first.panel.getByRole('button', { name: 'Link this page to…' }).count()).toBe(0);
    await first.panel.close();
    await first.page.close();

    // Someone else at the same company, never seen before: the same learned domain.
    const next = await openThread(
      'FMfcgzQXJWDsKmqHbQXmqTvqCarla00002',
      'Carla Nunes',
      'carla.nunes@acme-logistics.example',
    );
    await expectReason(
      next.panel,
      /Recognized by email domain acme-logistics\.example/,
      'very likely',
    );
    await next.panel.close();
    await next.page.close();
  });
});
