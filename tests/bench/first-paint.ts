/**
 * 5. First paint of the side panel (the sample customer's name and first goal)
 * and of the popup (the next meetings), with 10,000 customers and the sample
 * workspace in the app's real database. Times are read in the page, from
 * navigation start: FCP from the paint timeline, and "visible" as the first
 * frame after the wanted text entered the DOM (MutationObserver → rAF → task).
 */
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Extension } from '../e2e/harness';
import { SAMPLE_CUSTOMERS } from '../../lib/sample/data';
import { panelTargetKey } from '../../lib/session/keys';
import { bundleIife } from './bundle';
import { openExtensionPage } from './extension-page';
import { median, result, skipped, type Result } from './report';

export type FirstPaintOptions = { customers: number; runs: number; log(s: string): void };

type Want = Record<string, { all: string[] } | { any: string[] }>;
type Seen = {
  fcp: number | null;
  visible: number | null;
  seenInDom: number | null;
  /** DOMContentLoaded: the page's module scripts fetched, compiled and run. */
  scripts: number | null;
};

/**
 * Installed in every page before its scripts run; active only on the pages in
 * `want`. A string, not a function: tsx would wrap a function's inner closures in
 * helpers (`__name`) that do not exist in the page.
 */
const WATCH_FOR_TEXT = `(want) => {
  const file = location.pathname.split('/').pop() || '';
  const rule = location.protocol === 'chrome-extension:' ? want[file] : undefined;
  if (!rule) return;
  const seen = (window.__benchSeen = { fcp: null, visible: null, seenInDom: null });
  const present = () => {
    const text = (document.body && document.body.textContent) || '';
    return rule.all ? rule.all.every((t) => text.includes(t)) : rule.any.some((t) => text.includes(t));
  };
  const observer = new MutationObserver(() => {
    if (seen.seenInDom !== null || !present()) return;
    seen.seenInDom = performance.now();
    observer.disconnect();
    // The frame that shows it: rAF runs before that frame's paint, the task after it.
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { seen.visible = performance.now(); };
      ch.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}`;

async function openAndTime(
  ext: Extension,
  path: string,
  size: { width: number; height: number },
): Promise<Seen> {
  const page: Page = await ext.context.newPage();
  try {
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${ext.id}/${path}`);
    await page.waitForFunction(() => (window as any).__benchSeen?.visible != null, undefined, {
      timeout: 15_000,
      polling: 50,
    });
    return await page.evaluate(() => {
      const seen = (window as any).__benchSeen as Seen;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const nav = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      return {
        ...seen,
        fcp: fcp ? fcp.startTime : null,
        scripts: nav ? nav.domContentLoadedEventStart : null,
      };
    });
  } finally {
    await page.close();
  }
}

export async function measureFirstPaint(
  ext: Extension,
  extensionDir: string,
  opts: FirstPaintOptions,
): Promise<Result[]> {
  const northwind = SAMPLE_CUSTOMERS.find((c) => c.key === 'northwind')!;
  const goal = northwind.goals[0]!.statement;
  const upcoming = SAMPLE_CUSTOMERS.flatMap((c) =>
    c.meetings.filter((m) => m.startsIn >= 0).map((m) => m.title),
  );
  const panelBuilt = existsSync(join(extensionDir, 'sidepanel.html'));
  const popupBuilt = existsSync(join(extensionDir, 'popup.html'));
  const scale = `${opts.customers.toLocaleString('en-US')} customers + sample workspace`;
  const out: Result[] = [];
  if (!panelBuilt)
    out.push(skipped('side panel: goals visible', 'ms', 100, 'sidepanel.html: not built yet'));
  if (!popupBuilt)
    out.push(skipped('popup: meetings visible', 'ms', 100, 'popup.html: not built yet'));
  if (!panelBuilt && !popupBuilt) return out;

  const code = await bundleIife('tests/bench/inpage/db.ts', 'CallprepBench');
  const seeder = await openExtensionPage(ext, extensionDir, code);
  const seeded = await seeder.evaluate(
    (n) => (globalThis as any).CallprepBench.seedApp(n) as Promise<{ customers: number }>,
    opts.customers,
  );
  await seeder.close();
  await ext.worker.evaluate(
    async ([key, target]) => {
      await (globalThis as any).chrome.storage.session.set({ [key]: target });
    },
    [panelTargetKey(), { customerId: 'sample-northwind', at: Date.now() }] as const,
  );
  const floor = await writeFloorPage(extensionDir);
  const want: Want = {
    'sidepanel.html': { all: [northwind.name, goal] },
    'popup.html': { any: upcoming },
    [FLOOR_PAGE]: { all: [northwind.name, goal] },
  };
  await ext.context.addInitScript({ content: `(${WATCH_FOR_TEXT})(${JSON.stringify(want)});` });

  const panel: Seen[] = [];
  const popup: Seen[] = [];
  const floorRuns: Seen[] = [];
  const panelSize = { width: 400, height: 800 };
  try {
    for (let i = 0; i < opts.runs; i++) {
      if (panelBuilt) panel.push(await openAndTime(ext, 'sidepanel.html', panelSize));
      if (popupBuilt) popup.push(await openAndTime(ext, 'popup.html', { width: 380, height: 600 }));
      floorRuns.push(
        await openAndTime(ext, `${FLOOR_PAGE}?customer=sample-northwind&db=callprep`, panelSize),
      );
      opts.log(
        `  first paint run ${i + 1}: panel ${panel.at(-1)?.visible?.toFixed(0) ?? '-'} ms, popup ${popup.at(-1)?.visible?.toFixed(0) ?? '-'} ms, floor ${floorRuns.at(-1)?.visible?.toFixed(0)} ms`,
      );
    }
  } finally {
    await floor.remove();
  }
  const fig = (runs: Seen[], k: keyof Seen) =>
    runs.map((r) => r[k]).filter((v): v is number => v !== null);
  const note = `${scale} (${seeded.customers} rows); median of ${opts.runs}, first (cold) run included`;
  if (panelBuilt) {
    out.push(
      result(
        'side panel: first contentful paint',
        median(fig(panel, 'fcp')),
        'ms',
        null,
        'navigation start → FCP',
      ),
    );
    out.push(
      result(
        'side panel: scripts run (DOMContentLoaded)',
        median(fig(panel, 'scripts')),
        'ms',
        null,
        'navigation start → its module scripts fetched, compiled and run: what the bundle costs before any data',
      ),
    );
    out.push(
      result(
        'side panel: name + first goal visible',
        median(fig(panel, 'visible')),
        'ms',
        100,
        `${note}; cold ${fig(panel, 'visible')[0]?.toFixed(0)} ms`,
      ),
    );
  }
  out.push(
    result(
      'floor: React + Dexie page, name + goals visible',
      median(fig(floorRuns, 'visible')),
      'ms',
      null,
      `the stack's floor: a page that only loads React 19 and Dexie (${floor.kb} KB), opens the same database and renders the customer's name and goals; scripts run ${median(fig(floorRuns, 'scripts')).toFixed(0)} ms; ${note}`,
    ),
  );
  if (popupBuilt) {
    out.push(
      result(
        'popup: first contentful paint',
        median(fig(popup, 'fcp')),
        'ms',
        null,
        'navigation start → FCP',
      ),
    );
    out.push(
      result(
        'popup: scripts run (DOMContentLoaded)',
        median(fig(popup, 'scripts')),
        'ms',
        null,
        'navigation start → its module scripts fetched, compiled and run',
      ),
    );
    out.push(
      result(
        'popup: meetings visible',
        median(fig(popup, 'visible')),
        'ms',
        100,
        `${note}; cold ${fig(popup, 'visible')[0]?.toFixed(0)} ms`,
      ),
    );
  }
  return out;
}

const FLOOR_PAGE = 'bench-floor.html';

/**
 * The floor page (tests/bench/inpage/floor.tsx) written into the built extension
 * for this step only: Chromium serves an unpacked extension's files from disk, so
 * a page added after load opens like the extension's own.
 */
async function writeFloorPage(extensionDir: string) {
  const code = await bundleIife('tests/bench/inpage/floor.tsx', 'CallprepFloor');
  const html = join(extensionDir, FLOOR_PAGE);
  const js = join(extensionDir, 'bench-floor.js');
  await writeFile(
    html,
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>floor</title>' +
      '<script src="/bench-floor.js" defer></script></head><body><div id="root"></div></body></html>',
  );
  await writeFile(js, code);
  return {
    kb: Math.round(Buffer.byteLength(code) / 1024),
    remove: async () => {
      await rm(html, { force: true });
      await rm(js, { force: true });
    },
  };
}
