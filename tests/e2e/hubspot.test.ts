import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  loadSampleWorkspace,
  serveFixture,
  tabIdOf,
  type Extension,
  openPanelFor,
} from './harness';

/**
 * Issue 13: a HubSpot contact record whose email is plain text in the highlight and
 * about cards (no mailto link), whose company is the associated-company card, and
 * whose activity timeline quotes a contact of another sample customer (Lena
 * Fischer of Acme Analytics, by mailto). Served at its real URL to the built
 * extension, the side panel shows the contact's own customer, by her email.
 */
const URL = 'https://app.hubspot.com/contacts/4021119/contact/51234577/';

let ext: Extension;

beforeAll(async () => {
  ext = await launchExtension();
  await loadSampleWorkspace(ext);
});
afterAll(async () => {
  await ext?.close();
});

const panelFor = (tabId: number) => openPanelFor(ext, tabId);

describe('HubSpot contact record in the side panel', () => {
  it('Priya Raman’s record: Globex Health, by her contact email, not the colleague in the timeline', async () => {
    await serveFixture(ext.context, URL, 'hubspot-record-contact-plaintext.html');
    const page = await ext.context.newPage();
    await page.goto(URL);
    const panel = await panelFor(await tabIdOf(ext, page));

    await panel.getByRole('heading', { level: 1, name: 'Globex Health', exact: true }).waitFor();
    const recognition = panel.locator('.recognition');
    await expect
      .poll(() => recognition.textContent())
      .toMatch(/Recognized by contact email priya\.raman@globexhealth\.com/);
    expect(await recognition.textContent()).toContain('(very likely)');
    // The timeline's Acme Analytics contact is no rival: no "fits more than one customer".
    expect(await panel.getByText(/fits more than one customer/).count()).toBe(0);
    expect(await panel.getByText('Acme Analytics').count()).toBe(0);
    await panel.close();
    await page.close();
  });
});
