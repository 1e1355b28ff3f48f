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
  /** Waits before each resend of a signal that was not delivered; then the next change resends. */
  retryDelaysMs?: readonly number[];
};

/**
 * A send fails while the background's worker is stopping or restarting: resend
 * soon, then less often, for about four seconds in all. A newer signal, a
 * recognition already scheduled or stop() ends the retries.
 */
export const RETRY_DELAYS_MS = [250, 500, 1000, 2000] as const;

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
  const retryDelays = deps.retryDelaysMs ?? RETRY_DELAYS_MS;
  let retryTimer: unknown;
  /** Failed deliveries in a row of the signal `failedKey`: picks the next retry's wait. */
  let failures = 0;
  let failedKey: string | undefined;

  function clearTimers() {
    if (debounceTimer !== undefined) deps.clearTimeout(debounceTimer);
    debounceTimer = undefined;
  }

  function cancelRetry() {
    if (retryTimer !== undefined) deps.clearTimeout(retryTimer);
    retryTimer = undefined;
  }

  function deliver(signal: PageSignal | null, key: string) {
    cancelRetry();
    if (key !== failedKey) failures = 0;
    lastSent = key;
    // Not delivered (background restarting, extension reloaded): allow a resend, and retry.
    const failed = () => {
      if (lastSent !== key) return; // a newer signal went out meanwhile
      lastSent = undefined;
      retryLater(signal, key);
    };
    try {
      const result = deps.send(signal);
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        (result as Promise<unknown>).then(() => {
          if (lastSent === key) failures = 0;
        }, failed);
      }
    } catch {
      failed(); // the background may be asleep or the extension reloaded
    }
  }

  function retryLater(signal: PageSignal | null, key: string) {
    const wait = retryDelays[failures];
    failedKey = key;
    if (stopped || wait === undefined) {
      failures = 0; // given up: the next change sends again
      return;
    }
    failures++;
    retryTimer = deps.setTimeout(() => {
      retryTimer = undefined;
      // A recognition about to run sends anyway; something sent since is newer.
      if (stopped || debounceTimer !== undefined || lastSent !== undefined) return;
      deliver(signal, key);
    }, wait);
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
    deliver(signal, key);
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
      cancelRetry();
    },
    get recognitions() {
      return recognitions;
    },
    get pending() {
      return debounceTimer !== undefined;
    },
  };
}
