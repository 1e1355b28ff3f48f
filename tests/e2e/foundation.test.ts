import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, loadSampleWorkspace, type Extension } from './harness';
import { PANEL_TARGET_KEY } from '../../lib/session/keys';

/**
 * The first minute of a new seller: install, welcome page, sample workspace,
 * then the side panel and the popup show real customers.
 */
describe('a freshly installed Callprep', () => {
  let ext: Extension;

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('opens the welcome page on install', async () => {
    const deadline = Date.now() + 10_000;
    while (!ext.context.pages().some((p) => p.url().includes('options.html#welcome'))) {
      if (Date.now() > deadline) throw new Error('no welcome tab opened');
      await new Promise((r) => setTimeout(r, 100));
    }
    const welcome = ext.context.pages().find((p) => p.url().includes('options.html#welcome'))!;
    await expect
      .poll(() => welcome.getByRole('heading', { name: 'Welcome to Callprep' }).isVisible())
      .toBe(true);
  });

  it('loads the sample workspace, and the side panel shows a sample customer’s goals', async () => {
    await loadSampleWorkspace(ext);
    // Point the panel at a sample customer, as the popup's "Open side panel" does.
    await ext.worker.evaluate(
      (key) =>
        (globalThis as any).chrome.storage.session.set({
          [key]: { customerId: 'sample-northwind', at: Date.now() },
        }),
      PANEL_TARGET_KEY,
    );
    const panel = await ext.openPage('sidepanel.html', { width: 360, height: 800 });
    await panel.getByRole('heading', { name: 'Northwind Logistics' }).waitFor();
    await panel.getByText('Cut onboarding time for new depot staff from 6 weeks to 2').waitFor();
    await panel.close();
  });

  it('the popup lists the upcoming sample meetings', async () => {
    const popup = await ext.openPage('popup.html', { width: 380, height: 600 });
    await popup.getByText('Onboarding pilot: week 4 check-in').waitFor();
    await popup.getByText('Proposal review').first().waitFor();
    expect(await popup.getByText('Northwind Logistics').count()).toBeGreaterThan(0);
    await popup.close();
  });
});
