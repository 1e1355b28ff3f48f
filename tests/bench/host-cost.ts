/**
 * 2. What the extension costs a busy host page: a 5,000-element Gmail thread that
 * mutates its DOM 100 times a second, loaded at its real URL with and without the
 * extension (two browser profiles), alternating, in pairs; and, in the same
 * rounds, with an extension whose content script is empty (a third profile): the
 * floor any extension costs. Script and task time come from CDP
 * Performance.getMetrics over the same window in every run.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Extension } from '../e2e/harness';
import { launchPlain, serve } from './browser';
import { GMAIL_THREAD_URL, gmailPage } from './generate';
import { median, pairedRatio, result, type Result } from './report';

export type HostCostOptions = {
  pairs: number;
  seconds: number;
  perSecond: number;
  log(s: string): void;
};

type Run = { script: number; task: number; recognitions: number; mutations: number };

const MARK = 'callprep:recognize';

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/**
 * Counts the content script's recognition marks. Chromium shares the window's
 * performance timeline between the page and the content script's isolated world,
 * so the page sees them; if it ever stops doing so, ask the isolated world itself
 * through CDP (its execution context is named after the extension).
 */
class RecognitionCounter {
  method: 'page' | 'isolated' | 'none' = 'none';
  private contexts = new Map<number, string>();

  constructor(
    private page: Page,
    private cdp: CDPSession,
  ) {}

  async init(timeoutMs: number): Promise<void> {
    this.cdp.on('Runtime.executionContextCreated', (e) => {
      const aux = e.context.auxData as { type?: string } | undefined;
      if (aux?.type === 'isolated') this.contexts.set(e.context.id, e.context.name);
    });
    await this.cdp.send('Runtime.enable');
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if ((await this.inPage()) > 0) {
        this.method = 'page';
        break;
      }
      if ((await this.inIsolated()) > 0) {
        this.method = 'isolated';
        break;
      }
      await this.page.waitForTimeout(100);
    }
    await this.cdp.send('Runtime.disable');
  }

  private inPage(): Promise<number> {
    return this.page.evaluate((m) => performance.getEntriesByName(m).length, MARK);
  }

  private async inIsolated(): Promise<number> {
    let n = 0;
    for (const [contextId, name] of this.contexts) {
      if (!/callprep/i.test(name)) continue;
      const r = await this.cdp
        .send('Runtime.evaluate', {
          contextId,
          expression: `performance.getEntriesByName(${JSON.stringify(MARK)}).length`,
          returnByValue: true,
        })
        .catch(() => null);
      n += Number(r?.result.value ?? 0);
    }
    return n;
  }

  async count(): Promise<number> {
    if (this.method === 'page') return this.inPage();
    if (this.method === 'isolated') return this.inIsolated();
    return 0;
  }
}

type Side = 'with' | 'floor' | 'without';

async function runOnce(
  context: BrowserContext,
  withExtension: boolean,
  opts: HostCostOptions,
): Promise<Run & { method: string }> {
  const page = await context.newPage();
  try {
    await page.goto(GMAIL_THREAD_URL, { waitUntil: 'load' });
    const cdp = await context.newCDPSession(page);
    const counter = new RecognitionCounter(page, cdp);
    // Same settling time in both runs; with the extension, also wait for its first recognition.
    if (withExtension) await counter.init(5000);
    await page.waitForTimeout(withExtension && counter.method !== 'none' ? 500 : 1000);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await metrics(cdp);
    const marksBefore = await counter.count();
    const mutations = await page.evaluate(
      ([ms, rate]) => (window as any).__bench.start(ms, rate) as Promise<number>,
      [opts.seconds * 1000, opts.perSecond] as const,
    );
    // The tail: a debounced recognition lands after the burst ends.
    await page.waitForTimeout(1000);
    const after = await metrics(cdp);
    const recognitions = (await counter.count()) - marksBefore;
    await cdp.detach();
    return {
      script: (after.ScriptDuration! - before.ScriptDuration!) * 1000,
      task: (after.TaskDuration! - before.TaskDuration!) * 1000,
      recognitions,
      mutations,
      method: counter.method,
    };
  } finally {
    await page.close();
  }
}

export async function measureHostCost(ext: Extension, opts: HostCostOptions): Promise<Result[]> {
  const page = gmailPage(5000);
  const plain = await launchPlain();
  const empty = await launchPlain([`${new URL(GMAIL_THREAD_URL).origin}/*`]);
  try {
    const contexts: Record<Side, BrowserContext> = {
      with: ext.context,
      floor: empty.context,
      without: plain.context,
    };
    for (const context of Object.values(contexts))
      await serve(context, GMAIL_THREAD_URL, page.html);
    const runs: Record<Side, Run[]> = { with: [], floor: [], without: [] };
    const orders: Side[][] = [
      ['with', 'floor', 'without'],
      ['without', 'with', 'floor'],
      ['floor', 'without', 'with'],
    ];
    let method = 'none';
    for (let i = 0; i < opts.pairs; i++) {
      // Rotate which side goes first, so drift in machine load hits all three.
      for (const side of orders[i % orders.length]!) {
        const run = await runOnce(contexts[side], side === 'with', opts);
        runs[side].push(run);
        if (side === 'with' && run.method !== 'none') method = run.method;
        opts.log(
          `  host page ${side.padEnd(7)}: script ${run.script.toFixed(1)} ms, task ${run.task.toFixed(1)} ms` +
            (side === 'with'
              ? `, ${run.recognitions} recognitions / ${run.mutations} mutations`
              : ''),
        );
      }
    }
    const { with: withExt, floor, without } = runs;
    const how =
      method === 'page'
        ? "performance.mark('callprep:recognize') read from the page's timeline (shared with the content script's world)"
        : method === 'isolated'
          ? "performance.mark('callprep:recognize') read in the content script's isolated world via CDP"
          : 'no recognition mark seen: content script not running or not marking';
    const span = `${opts.pairs} rounds, ${opts.seconds} s at ${opts.perSecond} mutations/s, ${page.elements} elements`;
    const s = (runs: Run[], k: 'script' | 'task') => runs.map((r) => r[k]);
    const perMutation = (side: Run[]) =>
      (median(side.map((r, i) => r.script - (without[i]?.script ?? 0))) * 1000) /
      median(withExt.map((r) => r.mutations));
    return [
      result(
        'host page script time, with ÷ without',
        pairedRatio(s(withExt, 'script'), s(without, 'script')),
        '×',
        1.02,
        `CDP ScriptDuration (thread CPU time); median of per-round ratios; ${span}`,
      ),
      result(
        'host page task time, with ÷ without',
        pairedRatio(s(withExt, 'task'), s(without, 'task')),
        '×',
        1.02,
        'CDP TaskDuration (all main-thread work)',
      ),
      result(
        'host page script time, empty content script ÷ without',
        pairedRatio(s(floor, 'script'), s(without, 'script')),
        '×',
        null,
        'the floor: an extension whose content script on the page is empty, same rounds',
      ),
      result(
        'host page task time, empty content script ÷ without',
        pairedRatio(s(floor, 'task'), s(without, 'task')),
        '×',
        null,
        'the floor, CDP TaskDuration',
      ),
      result(
        'host page script time, with extension',
        median(s(withExt, 'script')),
        'ms',
        null,
        'median over the run',
      ),
      result(
        'host page script time, without',
        median(s(without, 'script')),
        'ms',
        null,
        'median over the run',
      ),
      result(
        'extra page script time per DOM mutation',
        perMutation(withExt),
        'µs',
        5,
        'median per-round difference ÷ mutations: the MutationObserver path in the content script',
      ),
      result(
        'extra page script time per DOM mutation, empty content script',
        perMutation(floor),
        'µs',
        null,
        'the floor, same rounds',
      ),
      result(
        'recognitions during the mutation run',
        method === 'none' ? null : median(withExt.map((r) => r.recognitions)),
        '',
        null,
        `vs ${median(withExt.map((r) => r.mutations))} mutations; ${how}`,
      ),
    ];
  } finally {
    await plain.close();
    await empty.close();
  }
}
