import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { launchExtension, loadSampleWorkspace, visitTab, type Extension } from './harness';
import { tabStateKey } from '../../lib/session/keys';

/**
 * Issue 18: Gmail moves between threads with pushState. Without host permission
 * Chrome reports that as `tabs.onUpdated` {status: 'loading'} without a URL, and
 * the tab's state used to be dropped there and written again ~0.4 s later from
 * the new signal: the panel and badge blanked on every navigation, and when the
 * worker stopped in that window the signal was lost for good. Here the worker is
 * stopped again and again through the navigation: the tab must never read as
 * unknown, and must show the new thread within 2 s.
 */
const FIRST = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmqHbQXmqTvqNavRestart01';
const SECOND = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmqHbQXmqTvqNavRestart02';

let ext: Extension | undefined;
afterAll(async () => {
  await ext?.close();
});

type TabReading = { at: number; state: { signal?: { url?: string }; match?: unknown } | null };

/** Reads the tab's state from an extension page every 20 ms (works while the worker is stopped). */
async function startReading(page: Page, tabId: number): Promise<() => Promise<TabReading[]>> {
  await page.evaluate((key) => {
    const chrome = (globalThis as any).chrome;
    const readings: TabReading[] = [];
    (globalThis as any).__readings = readings;
    (globalThis as any).__reader = setInterval(async () => {
      const state = (await chrome.storage.session.get(key))[key] ?? null;
      readings.push({ at: Date.now(), state });
    }, 20);
  }, tabStateKey(tabId));
  return () =>
    page.evaluate(() => {
      clearInterval((globalThis as any).__reader);
      return (globalThis as any).__readings as TabReading[];
    });
}

/** The extension's worker version, from the ServiceWorker CDP domain. */
async function workerVersion(cdp: CDPSession, extensionId: string): Promise<() => string | null> {
  let versionId: string | null = null;
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions)
      if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) versionId = v.versionId;
  });
  await cdp.send('ServiceWorker.enable');
  return () => versionId;
}

describe('an in-app navigation while the worker restarts', () => {
  it('keeps the tab recognized throughout, and shows the new thread within 2 s', async () => {
    ext = await launchExtension();
    const e = ext;
    await loadSampleWorkspace(e);
    const html = await readFile(resolve('tests/e2e/fixtures/gmail-thread-globex.html'), 'utf8');
    await e.context.route(
      (u) => u.origin === 'https://mail.google.com',
      (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
    const { page: mail, tabId } = await visitTab(e, FIRST);

    const reader = await e.openPage('popup.html');
    await expect
      .poll(
        async () =>
          (
            await reader.evaluate(
              async (key) =>
                (await (globalThis as any).chrome.storage.session.get(key))[key] ?? null,
              tabStateKey(tabId),
            )
          )?.match?.customerId,
      )
      .toBe('sample-globex');

    const cdp = await e.context.newCDPSession(reader);
    const version = await workerVersion(cdp, e.id);
    await expect.poll(version).not.toBeNull();
    const stop = () =>
      cdp.send('ServiceWorker.stopWorker', { versionId: version()! }).catch(() => undefined);

    const readings = await startReading(reader, tabId);
    const navigatedAt = Date.now();
    // Gmail's way to another thread: pushState, then the new thread's DOM.
    await mail.evaluate((url) => {
      history.pushState({}, '', url);
      const main = document.querySelector('[role="main"] h2.hP')!;
      main.textContent = 'Clinic board: the Leith rollout';
      main.setAttribute('data-thread-perm-id', 'thread-f:1783440215903921000');
    }, SECOND);
    // The worker is stopped over and over while the navigation is reported.
    for (let i = 0; i < 8; i++) {
      await stop();
      await mail.waitForTimeout(75);
    }

    await expect
      .poll(
        async () =>
          (
            await reader.evaluate(
              async (key) =>
                (await (globalThis as any).chrome.storage.session.get(key))[key] ?? null,
              tabStateKey(tabId),
            )
          )?.signal?.url,
        { timeout: 2_000, interval: 50 },
      )
      .toBe(SECOND);
    const recognizedIn = Date.now() - navigatedAt;
    await mail.waitForTimeout(300);
    const seen = await readings();

    expect(recognizedIn).toBeLessThanOrEqual(2_000);
    // Never blank: every reading is the first thread's or the second's, matched to Globex.
    const blank = seen.filter((r) => r.state === null);
    expect(blank.map((r) => r.at - navigatedAt)).toEqual([]);
    expect(seen.length).toBeGreaterThan(20);
    const last = seen.at(-1)!.state as { signal: { url: string }; match: { customerId: string } };
    expect(last.signal.url).toBe(SECOND);
    expect(last.match.customerId).toBe('sample-globex');
    console.log(
      `navigation-restart: recognized ${recognizedIn} ms after pushState, ${seen.length} readings, 0 blank`,
    );
  });
});
