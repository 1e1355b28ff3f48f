/**
 * Which part of the page the content script's MutationObserver watches. A busy
 * page pays for every mutation an observer sees, relevant or not (clocks, chat
 * presence, cached lists kept fresh out of sight), so once a view has settled we
 * watch only its containers, the visible landmarks (Gmail's role="main", a
 * compose dialog, a CRM's <main>), and, shallowly, their
 * ancestors: a view added beside them, removed, hidden or shown. While a view is
 * arriving (page load, in-app navigation, a change around the containers) the
 * whole document is watched, as before, until `SETTLE_MS` after it began.
 * Kept terse: it ships in every content script (15 KB budget).
 */
import { hidden } from './dom';
import { isRelevantMutation } from './relevance';

/** Landmarks a view is shown in. */
export const VIEWS = 'main,[role=main],[role=dialog],[role=tabpanel]';
export const SETTLE_MS = 1000;

/**
 * The outermost visible landmarks: where the view is, or is about to be filled
 * in (an empty thread pane is watched too). Null when the whole document has to
 * be watched: a visible key node sits outside every landmark, none is visible,
 * or there are more than 8.
 */
export function findRegions(doc: Document, keys: string): Element[] | null {
  try {
    for (const key of doc.querySelectorAll(keys))
      if (!key.closest(VIEWS) && !hidden(key)) return null;
    // A cached view (Gmail's list behind the open thread) is hidden as a whole.
    const shown = [...doc.querySelectorAll(VIEWS)].filter((v) => !hidden(v));
    const outermost = shown.filter((r) => !shown.some((o) => o !== r && o.contains(r)));
    return outermost.length && outermost.length < 9 ? outermost : null;
  } catch {
    return null;
  }
}

export type PageScopeDeps = {
  /** Selector of the nodes a recognizer reads on this URL (undefined: every change counts). */
  keySelector(): string | undefined;
  /** Attributes whose change can change the signal. */
  attributes: string[];
  /** True when a change needs no relevance check (a recognition is due, the tab is hidden). */
  busy(): boolean;
  /** Something that may change the signal changed. */
  changed(): void;
};

export type PageScope = {
  /** A view is arriving: watch the whole document for SETTLE_MS. */
  widen(): void;
  /** A recognition just read the page: once settled, watch only the view's containers. */
  viewRead(): void;
  stop(): void;
  /** The watched containers; null while the whole document is watched. */
  readonly regions: Element[] | null;
};

export function watchPageScope(d: PageScopeDeps): PageScope {
  const all = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: d.attributes,
  };
  // Ancestors: their children and the attributes that show or hide a view.
  const shallow = { childList: true, attributes: true, attributeFilter: d.attributes };
  // undefined: not watching yet.
  let regions: Element[] | null | undefined;
  let around = new Set<Node>();
  let until = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const observer = new MutationObserver(seen);

  function seen(records: MutationRecord[]) {
    const keys = d.keySelector();
    const outside = regions && keys ? records.filter((r) => around.has(r.target)) : [];
    // Around the containers, a child holding a key node or a landmark, or a
    // visibility change, means the view may have moved: look at everything again.
    if (outside.length && isRelevantMutation(outside, `${keys},${VIEWS}`)) {
      widen();
      d.changed();
    } else if (d.busy() || isRelevantMutation(records, keys)) d.changed();
  }

  /** Re-registers the observer; records not yet delivered are handled first, never lost. */
  function watch(next: Element[] | null) {
    const pending = observer.takeRecords();
    if (pending.length) seen(pending);
    observer.disconnect();
    regions = next;
    around = new Set();
    if (!next) return observer.observe(document.documentElement, all);
    for (const r of next) {
      observer.observe(r, all);
      for (let n = r.parentElement; n; n = n.parentElement) around.add(n);
    }
    around.forEach((n) => observer.observe(n, shallow));
  }

  function narrow() {
    timer = undefined;
    const keys = d.keySelector();
    if (!stopped) watch(keys ? findRegions(document, keys) : null);
  }

  function settleIn(ms: number) {
    clearTimeout(timer);
    timer = setTimeout(narrow, ms);
  }

  function widen() {
    if (stopped) return;
    until = Date.now() + SETTLE_MS;
    if (regions !== null) watch(null);
    settleIn(SETTLE_MS);
  }

  return {
    widen,
    viewRead() {
      // The view may have been replaced inside the containers: look again.
      if (!stopped) settleIn(Math.max(0, until - Date.now()));
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      observer.disconnect();
    },
    get regions() {
      return regions ?? null;
    },
  };
}
