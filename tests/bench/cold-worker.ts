/**
 * 6. The service worker woken cold on a recognized Gmail tab. Chrome stops an
 * idle MV3 worker after 30 s; the next page signal has to start it again: fetch,
 * compile and run background.js, open Dexie, match, store the tab's state and set
 * its badge. Stopped here through CDP (ServiceWorker.stopWorker, as
 * tests/e2e/restart.test.ts does), then woken by the content script's own
 * message, sent from its isolated world, timed there until the answer arrives
 * (the background answers after the state is stored and the badge set).
 */
import { readFile } from 'node:fs/promises';
import type { CDPSession, Page } from 'playwright-core';
import type { Extension } from '../e2e/harness';
import { liveWorker, watchWorker } from '../e2e/worker';
import { MESSAGE } from '../../lib/messaging';
import { parseTabStateKey, tabStateKey } from '../../lib/session/keys';
import { bundleIife } from './bundle';
import { openExtensionPage } from './extension-page';
import { median, result, type Result } from './report';

export type ColdWorkerOptions = { runs: number; customers: number; log(s: string): void };

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmqHbQXmqTvqJCmWbzGs';
const FIXTURE = 'tests/e2e/fixtures/gmail-thread-globex.html';
/** background.ts marks the end of its start-up (every listener registered). */
const READY = 'callprep:background-ready';

/** The content script's isolated world in the Gmail tab (named after the extension). */
async function isolatedWorld(cdp: CDPSession): Promise<number> {
  const found: number[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => {
    const aux = e.context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && /callprep/i.test(e.context.name)) found.push(e.context.id);
  });
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 5000;
  while (!found.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (!found.length) throw new Error('no content script world in the Gmail tab');
  return found[0]!;
}

async function tabIdOf(ext: Extension, url: string): Promise<{ tabId: number; state: unknown }> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const all: Record<string, { signal?: { url?: string } } | undefined> = await liveWorker(
      ext,
    )!.evaluate(() => (globalThis as any).chrome.storage.session.get(null));
    for (const [key, state] of Object.entries(all)) {
      const tabId = parseTabStateKey(key);
      if (tabId !== null && state?.signal?.url === url) return { tabId, state };
    }
    if (Date.now() > deadline) throw new Error(`the extension never recognized ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function seed(ext: Extension, extensionDir: string, customers: number): Promise<void> {
  const code = await bundleIife('tests/bench/inpage/db.ts', 'CallprepBench');
  const page = await openExtensionPage(ext, extensionDir, code);
  try {
    await page.evaluate(async (n) => {
      const bench = (globalThis as any).CallprepBench;
      // The first-paint step may have seeded this profile already.
      if ((await bench.open('callprep').customers.count()) < n) await bench.seedApp(n);
    }, customers);
  } finally {
    await page.close();
  }
}

type Wake = { roundTrip: number; startUp: number | null; toStart: number; badge: string };

async function wakeOnce(
  ext: Extension,
  sw: Awaited<ReturnType<typeof watchWorker>>,
  gmail: CDPSession,
  world: number,
  tabId: number,
  signal: unknown,
): Promise<Wake> {
  const key = tabStateKey(tabId);
  // Forget what the tab showed, so the stored state and the badge can only come from the wake.
  await liveWorker(ext).evaluate(
    async ([k, id]) => {
      const chrome = (globalThis as any).chrome;
      await chrome.storage.session.remove(k);
      await chrome.action.setBadgeText({ tabId: id, text: '' });
    },
    [key, tabId] as const,
  );
  await sw.stop();
  const sent = await gmail.send('Runtime.evaluate', {
    contextId: world,
    awaitPromise: true,
    returnByValue: true,
    expression: `(async () => {
      const t0 = performance.now();
      await chrome.runtime.sendMessage(${JSON.stringify({ type: MESSAGE.pageSignal, signal })});
      return { t0: performance.timeOrigin + t0, ms: performance.now() - t0 };
    })()`,
  });
  if (sent.exceptionDetails) throw new Error(sent.exceptionDetails.text);
  const { t0, ms } = sent.result.value as { t0: number; ms: number };
  let worker = liveWorker(ext);
  const deadline = Date.now() + 5000;
  while (!worker && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
    worker = liveWorker(ext);
  }
  if (!worker) throw new Error('the woken worker never showed up');
  const after = await worker.evaluate(
    async ([k, id, mark]) => {
      const chrome = (globalThis as any).chrome;
      const ready = performance.getEntriesByName(mark)[0];
      return {
        stored: (await chrome.storage.session.get(k))[k] ?? null,
        badge: (await chrome.action.getBadgeText({ tabId: id })) as string,
        origin: performance.timeOrigin,
        ready: ready ? ready.startTime : null,
      };
    },
    [key, tabId, READY] as const,
  );
  if (!after.stored?.match) throw new Error('the woken worker stored no match for the tab');
  return { roundTrip: ms, startUp: after.ready, toStart: after.origin - t0, badge: after.badge };
}

export async function measureColdWorker(
  ext: Extension,
  extensionDir: string,
  opts: ColdWorkerOptions,
): Promise<Result[]> {
  await seed(ext, extensionDir, opts.customers);
  const html = await readFile(FIXTURE, 'utf8');
  const { origin, pathname } = new URL(GMAIL);
  await ext.context.route(
    (u) => u.origin === origin && u.pathname === pathname,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page: Page = await ext.context.newPage();
  const gmail = await ext.context.newCDPSession(page);
  const control = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(control);
  try {
    const worldReady = isolatedWorld(gmail);
    await page.goto(GMAIL);
    const world = await worldReady;
    const { tabId, state } = await tabIdOf(ext, page.url());
    const signal = (state as { signal: unknown }).signal;
    const sw = await watchWorker(cdp, ext.id);
    const wakes: Wake[] = [];
    for (let i = 0; i < opts.runs; i++) {
      const w = await wakeOnce(ext, sw, gmail, world, tabId, signal);
      wakes.push(w);
      opts.log(
        `  cold worker run ${i + 1}: ${w.roundTrip.toFixed(0)} ms round trip, worker started ${w.toStart.toFixed(0)} ms after the send, start-up ${w.startUp?.toFixed(0) ?? '-'} ms, badge "${w.badge}"`,
      );
    }
    const size = (await readFile(`${extensionDir}/background.js`)).length;
    const startUps = wakes.map((w) => w.startUp).filter((v): v is number => v !== null);
    return [
      result(
        'cold worker: page signal → match stored, badge set',
        median(wakes.map((w) => w.roundTrip)),
        'ms',
        150,
        `worker stopped through CDP before each of ${opts.runs} runs; Gmail thread of a sample contact, ${opts.customers.toLocaleString('en-US')} customers; badges ${[...new Set(wakes.map((w) => JSON.stringify(w.badge)))].join(', ')}`,
      ),
      result(
        'cold worker: background.js start-up',
        startUps.length ? median(startUps) : null,
        'ms',
        null,
        `worker time origin → every listener registered (${(size / 1024).toFixed(0)} KB background.js: fetch, compile, run)`,
      ),
      result(
        'cold worker: send → worker started',
        median(wakes.map((w) => w.toStart)),
        'ms',
        null,
        "the browser's part: from the message to the new worker's time origin",
      ),
    ];
  } finally {
    await gmail.detach().catch(() => undefined);
    await cdp.detach().catch(() => undefined);
    await control.close();
    await page.close();
  }
}
