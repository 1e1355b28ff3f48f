import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, serveFixture, tabIdOf, type Extension, openPanelFor } from './harness';

/**
 * Issue 13, "Report this page": on a HubSpot contact served at its real URL,
 * with a list of people planted in the page (text, titles, aria-labels, mailto
 * links, data-* values, a typed value) and in the URL's query, the side panel's
 * Report this page downloads one file that keeps the page's structure and none
 * of those names and addresses.
 */
const URL_ =
  'https://app.hubspot.com/contacts/4021119/record/0-1/51234501?utm_source=kofi.mensah%40northwind.io';

const PLANTED = [
  'Kofi Mensah',
  'kofi.mensah@northwind.io',
  'Ingrid Solberg',
  'ingrid@fjord-analytics.no',
  'Priya Raman',
  'priya.raman@globex-health.com',
  'Mateo Alvarez',
  'mateo@tandem-freight.es',
];

let ext: Extension;

beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

describe('Report this page', () => {
  it('downloads a skeleton of the page without any planted name or address', async () => {
    await serveFixture(ext.context, URL_, 'hubspot-record-contact.html');
    const page = await ext.context.newPage();
    await page.goto(URL_);
    await page.evaluate((people) => {
      const list = document.createElement('ul');
      list.setAttribute('data-planted-list', 'people');
      for (let i = 0; i < people.length; i += 2) {
        const [name, email] = [people[i]!, people[i + 1]!];
        const item = document.createElement('li');
        item.setAttribute('data-owner-email', email);
        item.setAttribute('title', `${name} <${email}>`);
        const link = document.createElement('a');
        link.href = `mailto:${email}`;
        link.setAttribute('aria-label', `Email ${name}`);
        link.textContent = `${name} <${email}>`;
        item.append(link);
        list.append(item);
      }
      const typed = document.createElement('input');
      typed.type = 'email';
      list.append(typed);
      document.body.append(list);
      typed.value = people[1]!;
    }, PLANTED);
    const tabId = await tabIdOf(ext, page);
    const panel = await openPanelFor(ext, tabId);
    await panel.getByRole('button', { name: 'Report this page' }).click();
    const dialog = panel.getByRole('dialog', { name: 'Report this page' });
    await dialog.waitFor();
    // The seller sees the page's words first, none ticked.
    const kofi = dialog.getByRole('checkbox', { name: 'Kofi Mensah <kofi.mensah@northwind.io>' });
    await kofi.waitFor();
    expect(await kofi.isChecked()).toBe(false);
    expect(await dialog.getByRole('checkbox', { checked: true }).count()).toBe(0);

    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^callprep-report-hubspot-\d{4}-\d\d-\d\d\.json$/);
    const file = await readFile((await download.path())!, 'utf8');

    // The page's own contact, recognized in the signal, is no more kept than the planted ones.
    for (const s of [
      ...PLANTED,
      'northwind',
      'Mensah',
      'globex-health',
      'Dana Whitfield',
      'dana.whitfield@acme-logistics.example',
    ])
      expect(file, s).not.toContain(s);
    const report = JSON.parse(file);
    expect(report).toMatchObject({ format: 'callprep-page-report', version: 1 });
    expect(report.url).toMatch(
      /^https:\/\/app\.hubspot\.com\/contacts\/4021119\/record\/0-1\/51234501\?utm_source=x/,
    );
    expect(report.signal).toMatchObject({
      site: 'hubspot',
      view: 'record',
      record: { system: 'hubspot', type: 'contact', id: '51234501' },
    });
    // The structure is all there: the page's own data-* names and the planted list's.
    for (const name of [
      'data-test-id',
      'data-selenium-test',
      'data-planted-list',
      'data-owner-email',
    ])
      expect(file, name).toContain(`"${name}"`);
    await panel
      .getByRole('status')
      .filter({ hasText: /Saved callprep-report-hubspot/ })
      .waitFor();
  });
});
