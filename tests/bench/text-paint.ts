/**
 * When an extension page first paints given texts: an init script watches the
 * DOM from navigation start, and each named set of texts gets the time of the
 * first frame showing all of them (MutationObserver → rAF → task, as
 * first-paint.ts measures). Used by the Today and My record steps.
 */
import type { Page } from 'playwright-core';
import type { Extension } from '../e2e/harness';

/** Name → texts that must all be in the DOM; the last name painted ends the watch. */
export type WantedTexts = Record<string, string[]>;
/** Name → ms from navigation start to its first frame (null: seen, frame pending). */
export type PaintTimes = Record<string, number | null | undefined>;

/** A string, not a function: it runs in the page (see first-paint.ts). */
const WATCH_FOR_TEXTS = `(page, want) => {
  if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith(page)) return;
  const seen = (window.__textsSeen = {});
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

/** Installs the watch on every page of the browser context that is `page` (e.g. '/options.html'). */
export async function watchTextPaint(ext: Extension, page: string, want: WantedTexts) {
  await ext.context.addInitScript({
    content: `(${WATCH_FOR_TEXTS})(${JSON.stringify(page)}, ${JSON.stringify(want)});`,
  });
}

/** Opens `path` (e.g. 'options.html#record') in a new tab and waits until `last` is painted. */
export async function timeTextPaint(
  ext: Extension,
  path: string,
  last: string,
  options: { width: number; height: number; timeoutMs: number },
): Promise<PaintTimes> {
  const page: Page = await ext.context.newPage();
  try {
    await page.setViewportSize({ width: options.width, height: options.height });
    await page.goto(`chrome-extension://${ext.id}/${path}`);
    await page.waitForFunction((n) => (window as any).__textsSeen?.[n] != null, last, {
      timeout: options.timeoutMs,
      polling: 50,
    });
    return await page.evaluate(() => (window as any).__textsSeen as PaintTimes);
  } finally {
    await page.close();
  }
}
