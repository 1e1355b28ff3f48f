import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PANEL_TARGET_KEY } from '../../lib/session/keys';
import { launchExtension, loadSampleWorkspace, type Extension } from './harness';

/**
 * Chromium gives extension pages `body { font-size: 75% }`: text set only on
 * :root came out at 10.5 px. Read what a person sees: the computed size of body
 * text on each page, and of the popup's checklist labels and the workspace's lists.
 */
let ext: Extension;
beforeAll(async () => {
  ext = await launchExtension();
  await loadSampleWorkspace(ext);
});
afterAll(async () => {
  await ext?.close();
});

describe('text size', () => {
  it.each(['popup.html', 'sidepanel.html', 'options.html#customers'])(
    '%s sets body text at 14 px',
    async (path) => {
      const page = await ext.openPage(path, { width: 400, height: 700 });
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
      await page.close();
    },
  );

  it('shows the popup’s checklist labels and the workspace’s customer list at 14 px', async () => {
    const popup = await ext.openPage('popup.html', { width: 360, height: 720 });
    const card = popup.locator('.meeting-card').first();
    await card.waitFor();
    await card.getByRole('button', { expanded: false }).first().click();
    const label = card.locator('.checklist__text').first();
    await label.waitFor();
    expect(await label.evaluate((el) => getComputedStyle(el).fontSize)).toBe('14px');
    const workspace = await ext.openPage('options.html#customers');
    const row = workspace.getByRole('link', { name: /Northwind Logistics/ }).first();
    await row.waitFor();
    expect(await row.evaluate((el) => getComputedStyle(el).fontSize)).toBe('14px');
  });

  it('fits 320 px: a name with no spaces wraps in the side panel, the popup’s date field is whole', async () => {
    const long = `Northwind${'Logistics'.repeat(12)}`;
    const popup = await ext.openPage('popup.html', { width: 320, height: 720 });
    await popup.locator('.meeting-card').first().waitFor();
    // Rename a sample customer straight in IndexedDB, and point the panel at it.
    await popup.evaluate(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('callprep');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const store = open.result
              .transaction('customers', 'readwrite')
              .objectStore('customers');
            const get = store.get('sample-northwind');
            get.onsuccess = () => {
              store.put({ ...get.result, name }).onsuccess = () => resolve();
            };
          };
        }),
      long,
    );
    await ext.worker.evaluate(
      async ([key]) =>
        (globalThis as any).chrome.storage.session.set({
          [key]: { customerId: 'sample-northwind', at: Date.now() },
        }),
      [PANEL_TARGET_KEY] as const,
    );
    const panel = await ext.openPage('sidepanel.html', { width: 320, height: 720 });
    await panel.getByRole('heading', { level: 1, name: long }).waitFor();
    const overflow = await panel.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    await popup
      .getByRole('button', { name: /add a meeting/i })
      .first()
      .click();
    const date = popup.getByLabel('Date', { exact: true }).first();
    await date.waitFor();
    // Wide enough for "mm/dd/yyyy" and the picker button, and inside the page.
    const box = (await date.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(130);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await panel.close();
    await popup.close();
  });
});
