/**
 * Runs recognition inside a page: at load, on in-app navigation and on
 * debounced, relevant DOM changes; never while the tab is hidden; and reports a
 * signal only when it changed. Shared by every content script; each brings its
 * own recognizers and the attributes its sites' pages need watched.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
// Only types from messaging: MESSAGE's object would ship every message's name in each script.
import type { AliveRequest, PageSignalMessage, PageStructureRequest } from '../messaging';
import { readPageStructure } from '../report/page-structure';
import type { PageRecognition } from './registry';
import { watchPageScope } from './page-scope';
import { ignoreScriptStartedEvents } from './script-started-guard';
import { createPageWatcher } from './watch';

const STRUCTURE: PageStructureRequest['type'] = 'callprep/page-structure';
const ALIVE: AliveRequest['type'] = 'callprep/alive';

/**
 * What recognition uses of its content-script context: WXT's type, while the
 * built scripts get lib/recognize/content-context.ts's class, which has only these.
 */
export type PageContext = Pick<
  ContentScriptContext,
  'signal' | 'onInvalidated' | 'setTimeout' | 'addEventListener'
>;

/** The part of `browser.runtime` a content script uses. */
export type Runtime = {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage?: {
    addListener(listener: PageRequestListener): void;
    removeListener(listener: PageRequestListener): void;
  };
};
type PageRequestListener = (
  message: unknown,
  sender: { id?: string },
  sendResponse: (response: unknown) => void,
) => undefined;

/** Attributes any page may show or hide a view with, or hold what a reader reads (title, value). */
export const BASE_ATTRIBUTES = [
  'class',
  'hidden',
  'aria-hidden',
  'role',
  'style',
  'title',
  'value',
];

export type PageRecognitionOptions = {
  /** Attributes beyond BASE_ATTRIBUTES whose change can change the signal (from the site descriptors). */
  attributes?: readonly string[];
  /** Runs before every recognition (the mail script reports the signed-in mailbox here). */
  beforeRecognize?: () => void;
};

export function startPageRecognition(
  ctx: PageContext,
  runtime: Runtime,
  { recognizePage, recognizerFor }: PageRecognition,
  { attributes = [], beforeRecognize }: PageRecognitionOptions = {},
): void {
  let keyHref = '';
  let keyNodes: string | undefined;
  // The selector of nodes that matter depends on the site, which depends on the URL.
  const keySelector = () => {
    if (location.href !== keyHref) {
      keyHref = location.href;
      keyNodes = recognizerFor(keyHref)?.keyNodes;
    }
    return keyNodes;
  };

  const watcher = createPageWatcher({
    recognize: () => {
      beforeRecognize?.();
      const signal = recognizePage(document, location.href);
      scope.viewRead();
      return signal;
    },
    url: () => location.href,
    hidden: () => document.hidden,
    send(signal) {
      // After an extension reload this script is an orphan: stop instead of throwing.
      if (!runtime?.id) return shutdown();
      const message: PageSignalMessage = { type: 'callprep/page-signal', signal };
      return runtime.sendMessage(message);
    },
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as number),
    onRecognize: () => performance.mark('callprep:recognize'),
  });

  const scope = watchPageScope({
    keySelector,
    attributes: [...new Set([...BASE_ATTRIBUTES, ...attributes])],
    // A recognition already scheduled reads the page anyway: only note the change (it
    // extends the quiet time). Hidden: the watcher notes "dirty".
    busy: () => watcher.pending || document.hidden,
    changed: () => watcher.domChanged(),
  });

  const urlChanged = () => {
    // A new view is on its way: watch the whole page until it has settled.
    scope.widen();
    watcher.urlMaybeChanged();
  };
  ctx.addEventListener(window, 'popstate', urlChanged);
  ctx.addEventListener(window, 'hashchange', urlChanged);
  // pushState is invisible to content scripts; WXT's location watcher uses the
  // Navigation API where there is one and a 1 s poll elsewhere.
  ctx.addEventListener(window, 'wxt:locationchange', urlChanged);
  ctx.addEventListener(document, 'visibilitychange', () => watcher.visibilityChanged());
  // Typing a subject or a recipient changes no attribute; listen for it on key fields only.
  ctx.addEventListener(
    document,
    'input',
    (event) => {
      const selector = keySelector();
      const target = event.target as Element | null;
      if (selector && target?.closest?.(selector)) watcher.domChanged();
    },
    { capture: true },
  );

  // "Report this page": the side panel cannot read the page, so it asks (tabs.sendMessage).
  const answer: PageRequestListener = (message, sender, sendResponse) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (type === STRUCTURE && sender.id === runtime.id)
      sendResponse(readPageStructure(document, location.href));
    if (type === ALIVE && sender.id === runtime.id) sendResponse(true); // issue 18
    return undefined;
  };
  runtime.onMessage?.addListener(answer);
  ignoreScriptStartedEvents(ctx, runtime?.id); // the page must not stop us (issue 18)

  function shutdown() {
    watcher.stop();
    scope.stop();
    runtime.onMessage?.removeListener(answer);
  }
  ctx.onInvalidated(shutdown);
  scope.widen();
  watcher.start();
}
