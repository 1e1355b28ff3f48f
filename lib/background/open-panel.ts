import { clearPanelTarget, setPanelTarget, type PanelTarget } from '../session/panel-target';
import type { SessionArea } from '../session/tab-state';

/**
 * Opens Callprep's side panel on a customer (and meeting), or on the active
 * tab, from a click: the popup's "Open side panel", a reminder notification. Chrome's
 * `sidePanel.open()` and Firefox's `sidebarAction.open()` work only inside a
 * user gesture, so this function calls them synchronously, before awaiting
 * anything; the PanelTarget write is started first (storage requests run in
 * order, and the panel also listens for the target's changes).
 */
export type PanelOpenEnv = {
  session: SessionArea;
  /** Chrome */
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  /** Firefox */
  sidebarAction?: { open(): Promise<void> };
  /** the window to open in; chrome.windows.WINDOW_ID_CURRENT (-2) when unknown */
  windowId?: number;
  /** when neither panel can open (no gesture, old browser): e.g. open sidepanel.html in a tab */
  fallback?: () => Promise<unknown>;
};

export type PanelOpenResult = 'sidepanel' | 'sidebar' | 'fallback' | 'failed';

export const WINDOW_ID_CURRENT = -2;

export function openPanelFor(
  env: PanelOpenEnv,
  /**
   * the target, or a loader for it (written once loaded; the panel follows
   * changes); null: no customer chosen, the panel follows the active tab (a
   * choice made earlier is forgotten)
   */
  target: PanelTarget | null | (() => Promise<PanelTarget | null>),
): Promise<PanelOpenResult> {
  const saved =
    typeof target === 'function'
      ? target().then((t) => (t ? setPanelTarget(env.session, t) : undefined))
      : target
        ? setPanelTarget(env.session, target)
        : clearPanelTarget(env.session);
  let opening: Promise<PanelOpenResult>;
  try {
    if (env.sidePanel) {
      opening = env.sidePanel
        .open({ windowId: env.windowId ?? WINDOW_ID_CURRENT })
        .then(() => 'sidepanel' as const);
    } else if (env.sidebarAction) {
      opening = env.sidebarAction.open().then(() => 'sidebar' as const);
    } else {
      opening = Promise.reject(new Error('no side panel in this browser'));
    }
  } catch (e) {
    opening = Promise.reject(e);
  }
  // Handle a refusal now (not after the save) so it never counts as unhandled.
  const settled = opening.catch(async () => {
    if (!env.fallback) return 'failed' as const;
    await env.fallback();
    return 'fallback' as const;
  });
  return saved.then(() => settled);
}
