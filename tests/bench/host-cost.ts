/**
 * 2. What the extension costs a busy host page: a 5,000-element Gmail thread that
 * mutates its DOM 100 times a second, loaded at its real URL with and without the
 * extension (separate browser profiles); in the same rounds, with an extension
 * whose content script is empty (the floor any extension costs) and in a second
 * browser without any extension (the A/A check: what two identical setups differ
 * by, i.e. the noise). Each round runs all four once, the order rotated so that a
 * drift in machine load hits each side equally; ratios are medians of per-round
 * ratios. Script and task time come from CDP Performance.getMetrics (thread CPU
 * time) over the same window in every run.
 *
 * A difference of two busy runs resolves a few percent at best on a loaded
 * machine, so the content script's own cost is also read directly: CPU profiles
 * of extra runs with the extension, the samples whose frame is the content
 * script's file summed (its JavaScript only; the work Blink does to record
 * mutations for its observer shows only in the difference).
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

/** Sampling interval of the profiled runs: the observer's callback takes a few µs. */
const PROFILE_INTERVAL_US = 50;

type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
};

/** Self time (ms) of the frames whose script is the extension's, and its costliest functions. */
export function extensionSelfTime(
  profile: CpuProfile,
  isExtension: (url: string) => boolean = (url) => /^chrome-extension:\/\//.test(url),
): { ms: number; top: [string, number][] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const perFunction = new Map<string, number>();
  let us = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // timeDeltas[i] is the time since the previous sample: sample i-1's duration.
  for (let i = 1; i < samples.length; i++) {
    const frame = byId.get(samples[i - 1]!);
    if (!frame || !isExtension(frame.url)) continue;
    const dt = deltas[i] ?? 0;
    us += dt;
    const name = `${frame.functionName || '(anonymous)'}:${frame.lineNumber}`;
    perFunction.set(name, (perFunction.get(name) ?? 0) + dt);
  }
  const top = [...perFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([name, t]): [string, number] => [name, t / 1000]);
  return { ms: us / 1000, top };
}

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

type Side = 'with' | 'floor' | 'without' | 'again';

async function runOnce(
  context: BrowserContext,
  withExtension: boolean,
  opts: HostCostOptions,
  profile = false,
): Promise<Run & { method: string; profile?: CpuProfile }> {
  const page = await context.newPage();
  try {
    await page.goto(GMAIL_THREAD_URL, { waitUntil: 'load' });
    const cdp = await context.newCDPSession(page);
    const counter = new RecognitionCounter(page, cdp);
    // Same settling time in both runs; with the extension, also wait for its first recognition.
    if (withExtension) await counter.init(5000);
    await page.waitForTimeout(withExtension && counter.method !== 'none' ? 500 : 1000);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: PROFILE_INTERVAL_US });
      await cdp.send('Profiler.start');
    }
    const before = await metrics(cdp);
    const marksBefore = await counter.count();
    const mutations = await page.evaluate(
      ([ms, rate]) => (window as any).__bench.start(ms, rate) as Promise<number>,
      [opts.seconds * 1000, opts.perSecond] as const,
    );
    // The tail: a debounced recognition lands after the burst ends.
    await page.waitForTimeout(1000);
    const after = await metrics(cdp);
    const profiled = profile
      ? ((await cdp.send('Profiler.stop')).profile as CpuProfile)
      : undefined;
    const recognitions = (await counter.count()) - marksBefore;
    await cdp.detach();
    return {
      script: (after.ScriptDuration! - before.ScriptDuration!) * 1000,
      task: (after.TaskDuration! - before.TaskDuration!) * 1000,
      recognitions,
      mutations,
      method: counter.method,
      ...(profiled ? { profile: profiled } : {}),
    };
  } finally {
    await page.close();
  }
}

export async function measureHostCost(ext: Extension, opts: HostCostOptions): Promise<Result[]> {
  const page = gmailPage(5000);
  const plain = await launchPlain();
  const plainAgain = await launchPlain();
  const empty = await launchPlain([`${new URL(GMAIL_THREAD_URL).origin}/*`]);
  try {
    const contexts: Record<Side, BrowserContext> = {
      with: ext.context,
      floor: empty.context,
      without: plain.context,
      again: plainAgain.context,
    };
    for (const context of Object.values(contexts))
      await serve(context, GMAIL_THREAD_URL, page.html);
    const runs: Record<Side, Run[]> = { with: [], floor: [], without: [], again: [] };
    const sides: Side[] = ['with', 'without', 'floor', 'again'];
    let method = 'none';
    for (let i = 0; i < opts.pairs; i++) {
      // Each round starts one side later (a Latin square over four rounds): a drift in
      // machine load within a round hits every side as often as the others.
      for (const side of sides.map((_, k) => sides[(i + k) % sides.length]!)) {
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
    // Profiled runs apart: the profiler's own cost must not enter the ratios.
    const profiled: { ms: number; mutations: number; top: [string, number][] }[] = [];
    for (let i = 0; i < Math.min(3, opts.pairs); i++) {
      const run = await runOnce(contexts.with, true, opts, true);
      if (!run.profile) continue;
      const own = extensionSelfTime(run.profile);
      profiled.push({ ...own, mutations: run.mutations });
      opts.log(
        `  host page profiled: content script self time ${own.ms.toFixed(2)} ms / ${run.mutations} mutations; top: ` +
          own.top.map(([f, ms]) => `${f} ${ms.toFixed(2)} ms`).join(', '),
      );
    }
    const { with: withExt, floor, without, again } = runs;
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
    const profiledPerMutation = profiled.length
      ? median(profiled.map((p) => (p.ms * 1000) / Math.max(1, p.mutations)))
      : null;
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
        'host page script time, A/A: without ÷ without (second browser)',
        pairedRatio(s(again, 'script'), s(without, 'script')),
        '×',
        null,
        'the noise: two identical setups without any extension, same rounds; a with ÷ without ratio inside its distance from 1 is not resolved',
      ),
      result(
        'host page task time, A/A: without ÷ without (second browser)',
        pairedRatio(s(again, 'task'), s(without, 'task')),
        '×',
        null,
        'the noise, CDP TaskDuration',
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
        'extra page script time per DOM mutation, A/A (second browser, no extension)',
        perMutation(again),
        'µs',
        null,
        'the noise of the difference method, same rounds',
      ),
      result(
        'content script JavaScript per DOM mutation, CPU profile',
        profiledPerMutation,
        'µs',
        null,
        `self time of the content script's frames in ${profiled.length} profiled runs (${PROFILE_INTERVAL_US} µs sampling, apart from the timed rounds) ÷ mutations; median`,
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
    await plainAgain.close();
    await empty.close();
  }
}
