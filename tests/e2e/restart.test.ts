import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  loadSampleWorkspace,
  serveHtml,
  tabIdOf,
  type Extension,
  openPanelFor,
} from './harness';
import { tabStateKey } from '../../lib/session/keys';
import { liveWorker, watchWorker } from './worker';

/**
 * Issue 8: Chrome stops an MV3 service worker whenever it is idle. With a
 * recognized Salesforce tab and reminders scheduled, the worker is stopped
 * through the DevTools protocol (ServiceWorker.stopWorker) and woken by the side
 * panel's own message: the tab's match, its badge, the panel and the reminder
 * alarms must all still be there, and the woken worker must be a fresh one.
 */
const SF_URL = 'https://northwind.lightning.force.com/lightning/r/Account/0015g00000NwLgsAAF/view';
const FIXTURE = resolve('tests/e2e/fixtures/salesforce-northwind.html');

type Alarm = { name: string; scheduledTime: number; periodInMinutes?: number };

let ext: Extension | undefined;
afterAll(async () => {
  await ext?.close();
});

/** Reads through the chrome.* API of an extension page: works while the worker is stopped. */
function readFromPage(page: Page, tabId: number) {
  return page.evaluate(
    async ([id, key]) => {
      const chrome = (globalThis as any).chrome;
      return {
        state: (await chrome.storage.session.get(key))[key] ?? null,
        badge: await chrome.action.getBadgeText({ tabId: id }),
        title: await chrome.action.getTitle({ tabId: id }),
        alarms: (await chrome.alarms.getAll()) as Alarm[],
      };
    },
    [tabId, tabStateKey(tabId)] as const,
  );
}

const reminders = (alarms: Alarm[]) =>
  alarms
    .filter((a) => a.name.startsWith('meeting:'))
    .map((a) => ({ name: a.name, scheduledTime: a.scheduledTime }))
    .sort((a, b) => a.name.localeCompare(b.name));

describe('the service worker stops and wakes again', () => {
  it('keeps the tab’s match, its badge, the panel and the reminder alarms', async () => {
    ext = await launchExtension();
    const e = ext;
    await loadSampleWorkspace(e);

    // Reminders for the sample's upcoming meetings (one is in two hours), and the refresh alarm.
    await expect
      .poll(async () =>
        reminders(await liveWorker(e).evaluate(() => (globalThis as any).chrome.alarms.getAll())),
      )
      .not.toEqual([]);

    // A recognized Salesforce tab: per-tab match and badge (the overdue `!`, naming this tab).
    await serveHtml(e.context, SF_URL, await readFile(FIXTURE, 'utf8'));
    const crm = await e.context.newPage();
    await crm.goto(SF_URL);
    const tabId = await tabIdOf(e, crm);
    const panel = await openPanelFor(e, tabId);
    await panel
      .getByRole('heading', { level: 1, name: 'Northwind Logistics', exact: true })
      .waitFor();
    await expect.poll(async () => (await readFromPage(panel, tabId)).badge).toBe('!');
    const before = await readFromPage(panel, tabId);
    expect(before.state.match).toMatchObject({ customerId: 'sample-northwind', via: 'crm' });
    expect(before.title).toContain('This tab: Northwind Logistics');
    expect(before.alarms.map((a) => a.name)).toContain('refresh');

    // A mark in the running worker's globals: a restarted worker will not have it.
    await liveWorker(e).evaluate(() => {
      (globalThis as any).__e2eBeforeRestart = true;
    });

    // Stop it, as Chrome does when the worker is idle.
    const cdp = await e.context.newCDPSession(panel);
    const sw = await watchWorker(cdp, e.id);
    await expect.poll(() => sw.versionId).not.toBeNull();
    await sw.until('running');
    await cdp.send('ServiceWorker.stopWorker', { versionId: sw.versionId! });
    await sw.until('stopped');

    // While it is stopped, everything lives in the browser, not in the worker.
    const stopped = await readFromPage(panel, tabId);
    expect(sw.status).toBe('stopped');
    expect(stopped.state).toEqual(before.state);
    expect(stopped.badge).toBe('!');
    expect(stopped.title).toBe(before.title);
    expect(reminders(stopped.alarms)).toEqual(reminders(before.alarms));
    // A panel opened now for that tab still shows the customer, and why.
    const reopened = await openPanelFor(e, tabId);
    await reopened
      .getByRole('heading', { level: 1, name: 'Northwind Logistics', exact: true })
      .waitFor();
    await reopened.getByText(/Recognized by Salesforce Account 0015g00000NwLgsAAF/).waitFor();

    // Wake it with the panel's own message (match this tab again): a fresh worker answers.
    const answer = await reopened.evaluate(
      (id) =>
        (globalThis as any).chrome.runtime.sendMessage({ type: 'callprep/rematch', tabId: id }),
      tabId,
    );
    await sw.until('running');
    expect(answer?.match).toMatchObject({ customerId: 'sample-northwind', via: 'crm' });
    const worker = liveWorker(e);
    expect(await worker.evaluate(() => (globalThis as any).__e2eBeforeRestart ?? false)).toBe(
      false,
    );

    // The woken worker sees the same tab state, badge and reminders.
    const after = await worker.evaluate(
      async ([id, key]) => {
        const chrome = (globalThis as any).chrome;
        return {
          state: (await chrome.storage.session.get(key))[key] ?? null,
          badge: await chrome.action.getBadgeText({ tabId: id }),
          title: await chrome.action.getTitle({ tabId: id }),
          alarms: (await chrome.alarms.getAll()) as Alarm[],
        };
      },
      [tabId, tabStateKey(tabId)] as const,
    );
    expect(after.state.match).toEqual(before.state.match);
    expect(after.state.signal).toEqual(before.state.signal);
    expect(after.badge).toBe('!');
    expect(after.title).toContain('This tab: Northwind Logistics');
    expect(reminders(after.alarms)).toEqual(reminders(before.alarms));
    expect(after.alarms.map((a) => a.name)).toContain('refresh');
    // And the panel still shows the customer, and why.
    await reopened.getByText(/Recognized by Salesforce Account 0015g00000NwLgsAAF/).waitFor();
    await panel
      .getByRole('heading', { level: 1, name: 'Northwind Logistics', exact: true })
      .waitFor();
    await cdp.detach();
  });
});
