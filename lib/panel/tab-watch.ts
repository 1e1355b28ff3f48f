import { isPanelTargetKey, tabStateKey } from '../session/keys';
import { readPanelTargets, type PanelTarget } from '../session/panel-target';
import { readTabState, type SessionArea, type TabState } from '../session/tab-state';
import type { PanelTab } from './resolve-customer';

/**
 * Follows what the side panel should show: the active tab of its window (or a
 * pinned tab), that tab's recognized page and match in storage.session, and the
 * seller's PanelTarget. The browser APIs are passed in, so tests need no globals.
 */
type Listener<F> = { addListener(fn: F): void; removeListener(fn: F): void };

export type PanelBrowserApi = {
  tabs: {
    query(q: { active: true; windowId?: number; currentWindow?: true }): Promise<{ id?: number }[]>;
    onActivated: Listener<(info: { tabId: number; windowId: number }) => void>;
    onUpdated: Listener<(tabId: number, change: { url?: string; status?: string }) => void>;
  };
  windows?: { getCurrent(): Promise<{ id?: number } | undefined> };
  storage: {
    session: SessionArea & { onChanged: Listener<(changes: Record<string, unknown>) => void> };
  };
};

/** The followed tab (with when it was switched to / navigated), its state and the targets that may apply. */
export type PanelState = PanelTab & {
  tabState: TabState | null;
  targets: PanelTarget[];
};

/** Watches the tab and storage; calls `onState` with every change. Returns a stop function. */
export function watchPanelState(
  api: PanelBrowserApi,
  options: {
    pinnedTabId: number | null;
    /** the clock that stamps tab switches and navigations (the one targets use) */
    now?: () => number;
  },
  onState: (state: PanelState) => void,
): () => void {
  const now = options.now ?? Date.now;
  let stopped = false;
  let windowId: number | undefined;
  let tabId: number | null = options.pinnedTabId;
  // The content script reports only when its page changes, so a switch back to a
  // tab brings no newer report: the panel stamps the switch itself.
  let activatedAt: number | null = null;
  let navigatedAt: number | null = null;
  let generation = 0;

  async function refresh() {
    const mine = ++generation;
    const area = api.storage.session;
    const [tabState, targets] = await Promise.all([
      tabId === null ? Promise.resolve(null) : readTabState(area, tabId).catch(() => null),
      readPanelTargets(area, tabId).catch(() => []),
    ]);
    // A newer refresh started meanwhile: its answer wins.
    if (stopped || mine !== generation) return;
    onState({ tabId, activatedAt, navigatedAt, tabState, targets });
  }

  async function findActiveTab() {
    if (options.pinnedTabId !== null) return;
    try {
      // The panel's window is the current window: both answers are asked for at once,
      // one round trip to the browser instead of two before the panel knows its tab.
      const [win, [tab]] = await Promise.all([
        api.windows?.getCurrent(),
        api.tabs.query({ active: true, currentWindow: true }),
      ]);
      windowId = win?.id;
      tabId = tab?.id ?? null;
    } catch {
      tabId = null;
    }
  }

  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (options.pinnedTabId !== null) return;
    if (windowId !== undefined && info.windowId !== windowId) return;
    tabId = info.tabId;
    activatedAt = now();
    navigatedAt = null;
    void refresh();
  };
  const onUpdated = (id: number, change: { url?: string; status?: string }) => {
    if (id !== tabId) return;
    if (change.url !== undefined) navigatedAt = now();
    if (change.url !== undefined || change.status === 'complete') void refresh();
  };
  const onChanged = (changes: Record<string, unknown>) => {
    const keys = Object.keys(changes);
    if (keys.some(isPanelTargetKey) || (tabId !== null && keys.includes(tabStateKey(tabId)))) {
      void refresh();
    }
  };

  api.tabs.onActivated.addListener(onActivated);
  api.tabs.onUpdated.addListener(onUpdated);
  api.storage.session.onChanged.addListener(onChanged);
  void findActiveTab().then(refresh);

  return () => {
    stopped = true;
    api.tabs.onActivated.removeListener(onActivated);
    api.tabs.onUpdated.removeListener(onUpdated);
    api.storage.session.onChanged.removeListener(onChanged);
  };
}
