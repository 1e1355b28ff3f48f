import { afterEach, describe, expect, it } from 'vitest';
import { PANEL_TARGET_KEY } from '../../lib/session/keys';
import { launchExtension, loadSampleWorkspace, screenshot, type Extension } from './harness';

let ext: Extension | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

describe('the relationship record with the sample workspace', () => {
  it('the side panel header shows the record’s numbers, and My record draws its charts', async () => {
    ext = await launchExtension();
    await loadSampleWorkspace(ext);
    await ext.worker.evaluate(
      async ([key, id]) =>
        (
          globalThis as unknown as {
            chrome: { storage: { session: { set(v: object): Promise<void> } } };
          }
        ).chrome.storage.session.set({ [key]: { customerId: id, at: Date.now() } }),
      [PANEL_TARGET_KEY, 'sample-northwind'] as const,
    );
    const panel = await ext.openPage('sidepanel.html', { width: 360, height: 800 });
    const record = panel.getByRole('region', { name: 'Your record, last 12 months' });
    await record.waitFor();
    await expect(record.textContent()).resolves.toContain(
      '0 of 2 kept on time; 1 late (typically 3 days), 1 overdue',
    );
    await expect(record.textContent()).resolves.toContain('100% on average, 1 of 1 ready');
    await screenshot(panel, 'record-sidepanel');

    const page = await ext.openPage('options.html#record');
    const chart = page.getByRole('figure', { name: 'Our promises kept on time' });
    await chart.waitFor();
    expect(await page.getByRole('img', { name: 'Prepared: readiness at the start' }).count()).toBe(
      1,
    );
    expect(await page.locator('.record-chart rect').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Northwind Logistics' }).count()).toBeGreaterThan(
      0,
    );
    await screenshot(page, 'my-record');
  });
});
