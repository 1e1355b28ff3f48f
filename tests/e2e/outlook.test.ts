import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURES,
  launchExtension,
  loadSampleWorkspace,
  type Extension,
  visitTab,
  openPanelFor,
} from './harness';

/**
 * Issue 13: Outlook on the web threads from the sample customers' contacts,
 * served at their real URLs, are recognized by the built extension and the side
 * panel names the customer and says why. The pages are the saved fixtures of the
 * classes the reader used to miss: a live.com reading pane without
 * #ReadingPaneContainerId whose sender is "Name<ADDRESS>" on the persona, and a
 * sender whose address is only the persona's title.
 */
const LIVE =
  'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATZiZmYAZC1iZjM2LTFmNzYtMDACLTAwCgAQAO2xv3s5hEhEsjT%2BqQ4u9yU%3D';
const OFFICE365 =
  'https://outlook.office365.com/mail/inbox/id/AAQkAGE1MmI4YzVkLTk4ZDAtNDIxZi05MzQ4LWY5NDYwMmQ0ZDZkNwAQAJq%2BeZ3mHkVCi0cK8nQ5b0E%3D';

const page = (name: string) => readFile(join(FIXTURES, name), 'utf8');

let ext: Extension;

beforeAll(async () => {
  ext = await launchExtension();
  await loadSampleWorkspace(ext);
});
afterAll(async () => {
  await ext?.close();
});

async function expectPanel(tabId: number, customer: string, reason: RegExp, confidence: string) {
  const panel = await openPanelFor(ext, tabId);
  await panel.getByRole('heading', { level: 1, name: customer, exact: true }).waitFor();
  const recognition = panel.locator('.recognition');
  await expect.poll(() => recognition.textContent()).toMatch(reason);
  expect(await recognition.textContent()).toContain(`(${confidence})`);
  // The quoted earlier message names another customer: still no choice between two.
  expect(await panel.getByText(/fits more than one customer/).count()).toBe(0);
  return panel;
}

describe('Outlook on the web threads, shown in the side panel', () => {
  it('outlook.live.com without #ReadingPaneContainerId, Name<ADDRESS> sender, a quoted Globex reply: Northwind Logistics', async () => {
    // The reply quotes an earlier message from another sample customer's contact.
    const html = (await page('outlook-thread-live-no-pane-id.html')).replace(
      '<p>Schedule attached.</p>',
      '<p>Schedule attached.</p><div id="x_divRplyFwdMsg"><b>From:</b> Priya Raman &lt;<a href="mailto:priya.raman@globexhealth.com">PRIYA.RAMAN@GLOBEXHEALTH.COM</a>&gt;</div>' +
        '<blockquote><span aria-label="From: Priya Raman" title="priya.raman@globexhealth.com">Priya Raman</span></blockquote>',
    );
    const { page: tab, tabId } = await visitTab(ext, LIVE, html);
    const panel = await expectPanel(
      tabId,
      'Northwind Logistics',
      /Recognized by contact email maya\.lindqvist@northwind-logistics\.com/,
      'very likely',
    );
    await panel.getByText('Maya Lindqvist', { exact: true }).first().waitFor();
    await panel.close();
    await tab.close();
  });

  it('outlook.office365.com, sender only in the persona’s title: Globex Health', async () => {
    const { page: tab, tabId } = await visitTab(
      ext,
      OFFICE365,
      await page('outlook-thread-persona-title.html'),
    );
    const panel = await expectPanel(
      tabId,
      'Globex Health',
      /Recognized by contact email priya\.raman@globexhealth\.com/,
      'very likely',
    );
    await panel.close();
    await tab.close();
  });
});
