/**
 * The context every content script's `main(ctx)` receives, in place of WXT's
 * (wxt.config.ts points `wxt/utils/content-script-context` here for the content
 * script builds only). WXT's class is ~3 KB of each 15 KB script: animation
 * frames, idle callbacks, intervals, a "newer copy started" handshake (which
 * issue 18 had to neutralize: a page could forge it) and a location watcher
 * that announces each navigation with a DOM event on the page's window.
 * Recognition uses four members; this keeps their behaviour in ~0.5 KB:
 * - `signal`/`onInvalidated`: aborted once the extension is gone (reloaded or
 *   removed: `runtime.id` is undefined), noticed when a timer fires;
 * - `setTimeout`: never runs its callback in an invalidated context;
 * - `addEventListener`: removed on invalidation; `wxt:locationchange` is served
 *   straight from the Navigation API (a 1 s poll where there is none), once the
 *   new URL is in `location`, with no event on the page's window.
 * WXT's entry calls `new ContentScriptContext(name, options)`; both go unused.
 */
import { browser } from 'wxt/browser';

/** The slice of the Navigation API used here (not in TypeScript's DOM types yet). */
type NavigationApi = {
  addEventListener(
    type: 'navigate',
    listener: (event: { destination: { url: string } }) => void,
    options: AddEventListenerOptions,
  ): void;
};

export const LOCATION_CHANGE = 'wxt:locationchange';
export const LOCATION_POLL_MS = 1000;

export class ContentScriptContext {
  // WXT's entry passes the script's name and options; neither is needed here.
  readonly #abort = new AbortController();

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  /** False once the extension is gone; the first caller to notice invalidates. */
  get isValid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return !this.signal.aborted;
  }

  onInvalidated(listener: () => void): () => void {
    this.signal.addEventListener('abort', listener);
    return () => this.signal.removeEventListener('abort', listener);
  }

  notifyInvalidated(): void {
    this.#abort.abort();
  }

  // No abort listener per timer (WXT adds one each call, kept until invalidation):
  // the check when it fires is enough, and a debounce arms many timers.
  setTimeout(handler: () => void, ms?: number): number {
    return window.setTimeout(() => this.isValid && handler(), ms);
  }

  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void {
    if (type === LOCATION_CHANGE) return this.#watchLocation(handler);
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  #watchLocation(handler: (event: Event) => void) {
    let last = location.href;
    const check = () => {
      if (location.href === last || !this.isValid) return;
      last = location.href;
      handler(new Event(LOCATION_CHANGE));
    };
    const navigation = (globalThis as { navigation?: NavigationApi }).navigation;
    // `navigate` fires before the new URL is in `location`: look once the navigation ran.
    if (typeof navigation?.addEventListener === 'function')
      navigation.addEventListener('navigate', () => queueMicrotask(check), {
        signal: this.signal,
      });
    else {
      const poll = setInterval(check, LOCATION_POLL_MS);
      this.onInvalidated(() => clearInterval(poll));
    }
  }
}
