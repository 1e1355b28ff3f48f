import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, loadSampleWorkspace, screenshot, type Extension } from './harness';
import { PANEL_TARGET_KEY } from '../../lib/session/keys';

/**
 * The popup before a meeting, on the sample workspace: upcoming meetings with
 * readiness, ticking inline (seen in the side panel too), adding a meeting, and
 * the toolbar badge agreeing with it all.
 */
const PILOT = 'Onboarding pilot: week 4 check-in';

const meter = (page: Page, title: string) =>
  page.getByRole('meter', { name: `Readiness of ${title}` });
const valueOf = async (page: Page, title: string) =>
  Number(await meter(page, title).first().getAttribute('aria-valuenow'));

async function badgeText(ext: Extension): Promise<string> {
  return ext.worker.evaluate(() => (globalThis as any).chrome.action.getBadgeText({}));
}

async function sendDataChanged(page: Page) {
  await page.evaluate(() =>
    (globalThis as any).chrome.runtime.sendMessage({ type: 'callprep/data-changed' }),
  );
}

describe('the popup', () => {
  let ext: Extension;
  let popup: Page;

  beforeAll(async () => {
    ext = await launchExtension();
    await loadSampleWorkspace(ext);
    popup = await ext.openPage('popup.html', { width: 360, height: 720 });
    await popup.getByText(PILOT).waitFor();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('lists upcoming meetings with readiness, overdue promises first', async () => {
    const overdue = popup.getByRole('region', { name: /promise of yours is overdue/i });
    await overdue.getByText('“Send the security review answers”').waitFor();
    await popup.getByText('Proposal review').first().waitFor();
    await popup.getByText('Renewal conversation').waitFor();
    // Overdue comes before the meetings.
    const order = await popup.evaluate(() => {
      const a = document.querySelector('.overdue');
      const b = document.querySelector('.meeting-card');
      return !!a && !!b && !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(order).toBe(true);
    const pilot = await valueOf(popup, PILOT);
    expect(pilot).toBeGreaterThan(0);
    expect(pilot).toBeLessThan(100);
    await expect
      .poll(() => meter(popup, PILOT).getAttribute('aria-valuetext'))
      .toBe(`${pilot}% ready`);
    // The first open required item is shown under the meeting.
    await popup
      .locator('.meeting-card', { hasText: PILOT })
      .getByText(/^Next:/)
      .waitFor();
    await screenshot(popup, 'popup');
  });

  it('shows a red ! badge while a promise of ours is overdue', async () => {
    await sendDataChanged(popup);
    await expect.poll(() => badgeText(ext), { timeout: 10_000 }).toBe('!');
  });

  it('ticking an item changes readiness in the popup and in the side panel', async () => {
    const card = popup.locator('.meeting-card', { hasText: PILOT });
    const meetingId = await card.getAttribute('data-meeting-id');
    await ext.worker.evaluate(
      ([key, id]) =>
        (globalThis as any).chrome.storage.session.set({
          [key]: { customerId: 'sample-northwind', meetingId: id, at: Date.now() },
        }),
      [PANEL_TARGET_KEY, meetingId] as const,
    );
    const panel = await ext.openPage('sidepanel.html', { width: 360, height: 800 });
    await meter(panel, PILOT).waitFor();
    const before = await valueOf(popup, PILOT);
    await expect.poll(() => valueOf(panel, PILOT)).toBe(before);

    await card.getByRole('button', { expanded: false }).click();
    const box = card.getByRole('checkbox', { name: /laptop charged/i });
    await expect.poll(() => box.isChecked()).toBe(false);
    await box.click();
    await expect.poll(() => box.isChecked()).toBe(true);
    await expect.poll(() => valueOf(popup, PILOT)).toBeGreaterThan(before);
    const after = await valueOf(popup, PILOT);
    await expect.poll(() => valueOf(panel, PILOT), { timeout: 10_000 }).toBe(after);
    // Auto items are not tickable by hand.
    const auto = card.getByRole('checkbox', { name: /every promise|no promise/i });
    expect(await auto.getAttribute('aria-readonly')).toBe('true');
    await panel.close();
  });

  it('the badge shows the next meeting’s readiness once nothing is overdue', async () => {
    // Keep the promise outside the UI under test: straight into IndexedDB.
    await popup.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('callprep');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('commitments', 'readwrite');
            const store = tx.objectStore('commitments');
            const all = store.getAll();
            all.onsuccess = () => {
              for (const c of all.result)
                if (c.owner === 'us' && c.status === 'open' && c.dueAt < Date.now())
                  store.put({ ...c, status: 'done', doneAt: Date.now() });
            };
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await popup.reload();
    await popup.getByText(PILOT).waitFor();
    await expect.poll(() => popup.locator('.overdue').count()).toBe(0);
    const pilot = await valueOf(popup, PILOT);
    await sendDataChanged(popup);
    await expect.poll(() => badgeText(ext), { timeout: 10_000 }).toBe(`${pilot}%`);
  });

  it('adds a meeting with its checklist from a template', async () => {
    await popup.getByRole('button', { name: 'Add a meeting' }).click();
    const form = popup.getByRole('form', { name: 'Add a meeting' });
    await form.getByLabel('Find customer').fill('Globex');
    await expect
      .poll(() => form.getByLabel('Customer', { exact: true }).inputValue())
      .toBe('sample-globex');
    const tomorrow = await popup.evaluate(() => {
      const d = new Date(Date.now() + 24 * 3600 * 1000);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await form.getByLabel('Date').fill(tomorrow);
    await form.getByLabel('Time').fill('16:30');
    await form.getByLabel('Checklist template').selectOption({ label: 'Discovery' });
    await form.getByLabel(/^Title/).fill('Clinic walk-through');
    await form.getByRole('button', { name: 'Add meeting' }).click();

    const card = popup.locator('.meeting-card', { hasText: 'Clinic walk-through' });
    await card.waitFor();
    await card.getByText('Globex Health').waitFor();
    // Expanded, with the Discovery checklist.
    await card
      .getByRole('checkbox', { name: /three questions about what they want to do/i })
      .waitFor();
    expect(await meter(popup, 'Clinic walk-through').getAttribute('aria-valuenow')).toBe('0');
  });

  it('edits and cancels a meeting', async () => {
    const card = popup.locator('.meeting-card', { hasText: 'Clinic walk-through' });
    await card.getByRole('button', { name: 'Edit' }).click();
    await card.getByLabel('Title').fill('Clinic walk-through with Priya');
    await card.getByRole('button', { name: 'Save' }).click();
    const renamed = popup.locator('.meeting-card', { hasText: 'Clinic walk-through with Priya' });
    await renamed.waitFor();
    await renamed.getByRole('button', { name: 'Cancel meeting' }).click();
    await renamed.getByRole('button', { name: 'Yes, cancel meeting' }).click();
    await expect.poll(() => popup.getByText('Clinic walk-through with Priya').count()).toBe(0);
  });
});
