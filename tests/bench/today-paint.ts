/**
 * Today painted in the side panel with 10,000 customers and the sample
 * workspace: the panel opened on a tab with no customer, timed from navigation
 * start to the first frame that shows Today's promises (MutationObserver → rAF
 * → task, as first-paint.ts measures), and to the frame that adds "Losing
 * touch", which weighs every customer (the generated ones have no history: the
 * worst case) and paints after the rest.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Extension } from '../e2e/harness';
import { panelTargetKey } from '../../lib/session/keys';
import { bundleIife } from './bundle';
import { openExtensionPage } from './extension-page';
import { median, result, skipped, type Result } from './report';

export type TodayPaintOptions = { customers: number; runs: number; log(s: string): void };
type Seen = { agenda?: number | null; all?: number | null };

/**
 * `want` maps a name to texts that must all be in the DOM; each name gets the
 * time of the first frame showing them. A string, not a function (see first-paint.ts).
 */
const WATCH_FOR_TODAY = `(want) => {
  if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/sidepanel.html')) return;
  const seen = (window.__todaySeen = {});
  const observer = new MutationObserver(() => {
    const text = (document.body && document.body.textContent) || '';
    for (const [name, texts] of Object.entries(want)) {
      if (name in seen || !texts.every((t) => text.includes(t))) continue;
      seen[name] = null;
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { seen[name] = performance.now(); };
        ch.port2.postMessage(0);
      });
    }
    if (Object.keys(want).every((n) => seen[n] !== undefined)) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}`;

const WANT = {
  agenda: ['Promises due', 'Send the security review answers'],
  all: ['Promises due', 'Losing touch'],
};

async function openAndTime(ext: Extension): Promise<Seen> {
  const page: Page = await ext.context.newPage();
  try {
    await page.setViewportSize({ width: 400, height: 800 });
    await page.goto(`chrome-extension://${ext.id}/sidepanel.html`);
    await page.waitForFunction(() => (window as any).__todaySeen?.all != null, undefined, {
      timeout: 20_000,
      polling: 50,
    });
    return await page.evaluate(() => (window as any).__todaySeen as Seen);
  } finally {
    await page.close();
  }
}

export async function measureTodayPaint(
  launch: () => Promise<Extension>,
  extensionDir: string,
  opts: TodayPaintOptions,
): Promise<Result[]> {
  const name = 'side panel: Today visible';
  if (!existsSync(join(extensionDir, 'sidepanel.html')))
    return [skipped(name, 'ms', 150, 'sidepanel.html: not built yet')];
  const ext = await launch();
  try {
    const code = await bundleIife('tests/bench/inpage/db.ts', 'CallprepBench');
    const seeder = await openExtensionPage(ext, extensionDir, code);
    const seeded = await seeder.evaluate(
      (n) => (globalThis as any).CallprepBench.seedApp(n) as Promise<{ customers: number }>,
      opts.customers,
    );
    await seeder.close();
    // No customer chosen anywhere: the panel's home is Today.
    await ext.worker.evaluate(
      (key) => (globalThis as any).chrome.storage.session.remove(key),
      panelTargetKey(),
    );
    await ext.context.addInitScript({
      content: `(${WATCH_FOR_TODAY})(${JSON.stringify(WANT)});`,
    });
    const agenda: number[] = [];
    const all: number[] = [];
    for (let i = 0; i < opts.runs; i++) {
      const seen = await openAndTime(ext);
      if (seen.agenda != null) agenda.push(seen.agenda);
      if (seen.all != null) all.push(seen.all);
      opts.log(
        `  Today run ${i + 1}: ${seen.agenda?.toFixed(0) ?? '-'} ms, losing touch ${seen.all?.toFixed(0) ?? '-'} ms`,
      );
    }
    const scale = `${opts.customers.toLocaleString('en-US')} customers + sample workspace (${seeded.customers} rows), none with history; median of ${opts.runs}`;
    return [
      result(name, median(agenda), 'ms', 150, `${scale}; cold ${agenda[0]?.toFixed(0)} ms`),
      result(
        'side panel: Today with losing touch',
        median(all),
        'ms',
        null,
        `every customer weighed for keep-in-touch; ${scale}`,
      ),
    ];
  } finally {
    await ext.close();
  }
}
