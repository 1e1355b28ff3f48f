import { browser } from 'wxt/browser';
import { openPanelFor, type PanelOpenEnv } from '@/lib/background/open-panel';
import { getDb } from '@/lib/db';
import { readTabState } from '@/lib/session/tab-state';
import type { PopupEnv } from './env';

/**
 * The popup's real environment. `popup.html?tab=<id>` shows the popup for that
 * tab (tests, and pages that open the popup in a tab); otherwise the active tab
 * of this window.
 */
export function createPopupEnv(): PopupEnv {
  const session = browser.storage.session;
  // Chrome's sidePanel or Firefox's sidebarAction: WXT types `browser` from Chrome's
  // API, which has no sidebarAction, so the slice declares it optional and Firefox fills it.
  const apis: Pick<PanelOpenEnv, 'sidePanel' | 'sidebarAction'> = browser;
  // Known before any click, so opening the panel needs no await (user gesture).
  let windowId: number | undefined;
  browser.windows
    .getCurrent()
    .then((w) => (windowId = w.id))
    .catch(() => {});
  const isPopup = () => {
    try {
      return browser.extension.getViews({ type: 'popup' }).includes(window);
    } catch {
      return false;
    }
  };

  return {
    db: getDb(),
    now: () => Date.now(),
    send: (message) => browser.runtime.sendMessage(message),
    async loadTabState() {
      const param = Number(new URLSearchParams(location.search).get('tab'));
      const tabId =
        Number.isInteger(param) && param > 0
          ? param
          : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      return tabId === undefined ? null : readTabState(session, tabId);
    },
    openPanel(target) {
      return openPanelFor(
        {
          session,
          sidePanel: apis.sidePanel,
          sidebarAction: apis.sidebarAction,
          windowId,
          fallback: () => browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') }),
        },
        target,
      ).then((result) => {
        if ((result === 'sidepanel' || result === 'sidebar') && isPopup()) window.close();
        return result;
      });
    },
    workspaceUrl: (hash) => browser.runtime.getURL('/options.html') + hash,
  };
}
