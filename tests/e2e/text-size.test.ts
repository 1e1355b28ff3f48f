import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
