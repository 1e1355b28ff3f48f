/**
 * When to recognize the page again. Single-page apps change the URL and the DOM
 * constantly; we want one recognition per burst of relevant changes, none while
 * the tab is hidden, and a message only when the signal actually changed.
 * Everything the scheduler touches is injected, so vitest drives it with fake timers.
 */
import type { PageSignal } from './signal';

export type WatchDeps = {
  recognize(): PageSignal | null;
  url(): string;
  hidden(): boolean;
  send(signal: PageSignal | null): unknown;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Milliseconds clock for the quiet-time check (default Date.now). */
  now?(): number;
  /** Called once per recognition (the content script puts a performance mark here). */
  onRecognize?(): void;
  /** Quiet time that ends a burst. */
  debounceMs?: number;
  /** Longest a continuous burst can delay a recognition. */
  maxWaitMs?: number;
};

export type PageWatcher = {
  /** Recognize now (page load). */
  start(): void;
  /** Something relevant changed in the DOM. */
  domChanged(): void;
  /** Check whether the URL changed (poll tick, popstate, hashchange, navigation). */
  urlMaybeChanged(): void;
  /** document.visibilitychange fired. */
  visibilityChanged(): void;
  stop(): void;
  readonly recognitions: number;
  /** A recognition is already scheduled: more DOM changes need no relevance check. */
  readonly pending: boolean;
};

export function createPageWatcher(deps: WatchDeps): PageWatcher {
  const debounceMs = deps.debounceMs ?? 400;
  const maxWaitMs = deps.maxWaitMs ?? 1500;
  const now = deps.now ?? (() => Date.now());
  // One timer per burst: a change while it is armed only notes the time (the
  // MutationObserver path of a busy page must cost next to nothing); when the
  // timer fires it waits on if the page has not been quiet for debounceMs, up to
  // maxWaitMs from the burst's first change.
  let debounceTimer: unknown;
  let burstStart = 0;
  let lastChange = 0;
  let lastSent: string | undefined;
  let lastUrl = '';
  let dirtyWhileHidden = false;
  let stopped = false;
  let recognitions = 0;

  function clearTimers() {
    if (debounceTimer !== undefined) deps.clearTimeout(debounceTimer);
    debounceTimer = undefined;
  }

  function run() {
    clearTimers();
    if (stopped) return;
    if (deps.hidden()) {
      dirtyWhileHidden = true;
      return;
    }
    lastUrl = deps.url();
    recognitions++;
    deps.onRecognize?.();
    let signal: PageSignal | null;
    try {
      signal = deps.recognize();
    } catch {
      signal = null; // recognizePage never throws; belt and braces for injected ones
    }
    // Signals are built field by field in a fixed order, so equal signals serialize equally.
    const key = JSON.stringify(signal);
    if (key === lastSent) return;
    lastSent = key;
    try {
      const result = deps.send(signal);
      if (result && typeof (result as Promise<unknown>).catch === 'function') {
        // Not delivered (background restarting, extension reloaded): allow a resend later.
        (result as Promise<unknown>).catch(() => {
          if (lastSent === key) lastSent = undefined;
        });
      }
    } catch {
      // The background may be asleep or the extension reloaded; the next change retries.
      lastSent = undefined;
    }
  }

  function schedule() {
    if (stopped) return;
    if (deps.hidden()) {
      // No work at all while hidden: remember, and catch up when the tab shows again.
      dirtyWhileHidden = true;
      return;
    }
    lastChange = now();
    if (debounceTimer !== undefined) return;
    burstStart = lastChange;
    debounceTimer = deps.setTimeout(settle, debounceMs);
  }

  function settle() {
    debounceTimer = undefined;
    const t = now();
    const quietFor = t - lastChange;
    const burstFor = t - burstStart;
    if (quietFor < debounceMs && burstFor < maxWaitMs) {
      const wait = Math.min(debounceMs - quietFor, maxWaitMs - burstFor);
      debounceTimer = deps.setTimeout(settle, wait);
      return;
    }
    run();
  }

  return {
    start() {
      if (deps.hidden()) {
        dirtyWhileHidden = true;
        return;
      }
      run();
    },
    domChanged: schedule,
    urlMaybeChanged() {
      if (stopped || deps.hidden()) {
        if (!stopped) dirtyWhileHidden = true;
        return;
      }
      if (deps.url() !== lastUrl) {
        lastUrl = deps.url();
        schedule();
      }
    },
    visibilityChanged() {
      if (stopped || deps.hidden()) return;
      if (dirtyWhileHidden || deps.url() !== lastUrl) {
        dirtyWhileHidden = false;
        schedule();
      }
    },
    stop() {
      stopped = true;
      clearTimers();
    },
    get recognitions() {
      return recognitions;
    },
    get pending() {
      return debounceTimer !== undefined;
    },
  };
}
