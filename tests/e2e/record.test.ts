import { afterEach, describe, expect, it } from 'vitest';
import { PANEL_TARGET_KEY } from '../../lib/session/keys';
import {
  launchExtension,
  loadSampleWorkspace,
  PANEL_SIZE,
  screenshot,
  type Extension,
} from './harness';

/** Points the side panel at a customer, as "Open in side panel" does. */
async function targetPanel(ext: Extension, customerId: string): Promise<void> {
  await ext.worker.evaluate(
    async ([key, id]) =>
      (
        globalThis as unknown as {
          chrome: { storage: { session: { set(v: object): Promise<void> } } };
        }
      ).chrome.storage.session.set({ [key]: { customerId: id, at: Date.now() } }),
    [PANEL_TARGET_KEY, customerId] as const,
  );
}

let ext: Extension | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

describe('the relationship record with the sample workspace', () => {
  it('the side panel header shows the record’s numbers, and My record draws its charts', async () => {
    ext = await launchExtension();
    await loadSampleWorkspace(ext);
    await targetPanel(ext, 'sample-northwind');
    const panel = await ext.openPage('sidepanel.html', { width: 360, height: 800 });
    const record = panel.getByRole('region', { name: 'Your record, last 12 months' });
    await record.waitFor();
    await expect(record.textContent()).resolves.toContain(
      '0 of 2 kept on time; 1 late (typically 3 days), 1 overdue',
    );
    await expect(record.textContent()).resolves.toContain('100% on average, 1 of 1 ready');

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
  });
});

describe('the sample’s history makes the record meaningful (the README’s screenshots)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`${colorScheme}: Acme’s record in the side panel, its ledger, and My record`, async () => {
      ext = await launchExtension({ colorScheme });
      await loadSampleWorkspace(ext);
      await targetPanel(ext, 'sample-acme');
      const panel = await ext.openPage('sidepanel.html', PANEL_SIZE);
      const record = panel.getByRole('region', { name: 'Your record, last 12 months' });
      await record.waitFor();
      const rowOf = async (label: string) =>
        record
          .locator('.record-row', { has: panel.getByText(label, { exact: true }) })
          .textContent();
      expect(await rowOf('Our promises')).toContain(
        '6 of 7 kept on time; 1 late (typically 4 days)',
      );
      expect(await rowOf('Their promises')).toContain('1 of 2 kept on time');
      expect(await rowOf('Prepared')).toContain('97% on average, 8 of 9 ready');
      expect(await rowOf('On time')).toContain('8 of 9 on time');
      expect(await rowOf('Goals')).toContain('1 achieved, 1 advancing');
      expect(await rowOf('Referrals')).toContain('1 received, 1 introductions made, 1 asked');
      await screenshot(panel, `record-sidepanel-${colorScheme}`);

      const page = await ext.openPage('options.html#customers/sample-acme');
      const ledger = page.getByRole('region', { name: 'Referrals' });
      const received = ledger.getByRole('listitem').filter({ hasText: 'Referral received' });
      await received.waitFor();
      expect(await received.textContent()).toMatch(
        /Oliver Grant.*became a customer; thanked .*; sent: Oliver Grant \(now a customer: Tandem Retail Group\)/,
      );
      expect(await ledger.textContent()).toContain(
        'they said: “Yes: Oliver Grant, CFO at Tandem Retail”',
      );
      await page.goto(page.url().replace(/#.*$/, '#customers/sample-tandem'));
      await page.getByText('Referred by Acme Analytics').waitFor();

      await page.goto(page.url().replace(/#.*$/, '#record'));
      await page.getByRole('figure', { name: 'Our promises kept on time' }).waitFor();
      // Most of a year behind the sample: bars in many months, not one.
      await expect
        .poll(() => page.locator('.record-chart rect').count())
        .toBeGreaterThanOrEqual(20);
      await screenshot(page, `my-record-${colorScheme}`);
    });
  }
});
