import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension, screenshot, type Extension } from './harness';
import { PANEL_TARGET_KEY } from '../../lib/session/keys';

/**
 * The workspace in real Chromium with the built extension: a CRM export imported
 * through the page (file chooser → detected preset → preview → import), the
 * customers in the list, and an imported customer opened in the side panel.
 */
const CSV = resolve('tests/fixtures/csv');

let ext: Extension | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

async function importCsv(e: Extension, file: string) {
  const page = await e.openPage('options.html#data');
  await page.getByLabel('Choose a CSV file').setInputFiles(resolve(CSV, file));
  await page.getByText(/rows found/).waitFor();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText(/customers created/).waitFor();
  return page;
}

describe('workspace', () => {
  it('imports a HubSpot export and lists, searches and opens the customers', async () => {
    ext = await launchExtension();
    const page = await importCsv(ext, 'hubspot-companies.csv');
    await expect(page.getByText(/4 customers created, 0 updated/).isVisible()).resolves.toBe(true);

    await page.getByRole('link', { name: 'See the customers' }).click();
    const list = page.getByRole('list', { name: 'Customers' });
    await list.getByRole('link', { name: /Umbrella Corporation, Ltd\./ }).waitFor();
    await expect(list.getByRole('listitem').count()).resolves.toBe(4);
    await page.getByLabel('Search customers').fill('株式会社');
    await page.getByText('1 of 4').waitFor();
    await list.getByRole('link', { name: /株式会社サンプル/ }).click();
    await page.getByRole('heading', { level: 1, name: '株式会社サンプル' }).waitFor();
    await expect(page.getByLabel('Domains (one per line)').inputValue()).resolves.toBe(
      'sample.co.jp',
    );
    await screenshot(page, 'workspace-customer');
  });

  it('shows an imported customer in the side panel (PanelTarget)', async () => {
    ext = await launchExtension();
    const page = await importCsv(ext, 'pipedrive-organizations.csv');
    const id = await page.evaluate(async () => {
      const open = indexedDB.open('callprep');
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const req = db
        .transaction('customers')
        .objectStore('customers')
        .index('crmRefs')
        .get('pipedrive:organization:12');
      return new Promise<string>((ok) => (req.onsuccess = () => ok(req.result.id)));
    });
    await ext.worker.evaluate(
      async ([key, customerId]) =>
        (globalThis as any).chrome.storage.session.set({
          [key]: { customerId, at: Date.now() },
        }),
      [PANEL_TARGET_KEY, id] as const,
    );
    const panel = await ext.openPage('sidepanel.html', { width: 360, height: 800 });
    await panel.getByRole('heading', { level: 1, name: 'Müller & Söhne GmbH' }).waitFor();
  });

  it('refuses a file that is not CSV and changes nothing', async () => {
    ext = await launchExtension();
    const page = await ext.openPage('options.html#data');
    await page.getByLabel('Choose a CSV file').setInputFiles(resolve(CSV, 'binary.csv'));
    await page
      .getByRole('alert')
      .getByText(/not a CSV file/)
      .waitFor();
    await page.goto(page.url().replace('#data', '#customers'));
    await page.getByText(/No customers yet/).waitFor();
  });
});
