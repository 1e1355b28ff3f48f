import type { CallprepDB } from '../db/schema';
import type { SessionArea } from '../session/tab-state';
import type { TabBadgeAction } from './badge';
import type { Listener } from './browser-types';
import { TAB_MESSAGE, type AliveRequest } from '../messaging';
import type { MessageHandlers } from './dispatch';
import {
  forgetTab,
  matchingHandlers,
  onTabLoading,
  type MatchingEnv,
  type MatchingMessageType,
} from './handle-message';

/** The parts of `browser` the matching listeners use (Chrome MV3 `action`, Firefox MV2 `browserAction`). */
export type MatchingBrowser = {
  runtime: { id: string };
  tabs: {
    onRemoved: Pick<Listener<(tabId: number) => void>, 'addListener'>;
    onUpdated: Pick<
      Listener<(tabId: number, change: { status?: string; url?: string }) => void>,
      'addListener'
    >;
    /** Chrome's takes `documentId`; where it is missing, senders carry no documentId either */
    sendMessage?(
      tabId: number,
      message: AliveRequest,
      options: { frameId?: number; documentId?: string },
    ): Promise<unknown>;
  };
  storage: { session: SessionArea };
  action?: TabBadgeAction;
  browserAction?: TabBadgeAction;
};

/**
 * Registers the page-matching listeners (tabs closing or leaving) and returns
 * the handlers of page signals, rematch requests and own-account reports, for
 * the worker's one message dispatcher (lib/background/index.ts). Call once,
 * synchronously, from defineBackground's main, so a restarted worker receives
 * the event that woke it.
 */
export function installMatching(
  b: MatchingBrowser,
  getDb: () => CallprepDB,
): Pick<MessageHandlers, MatchingMessageType> {
  const env = (): MatchingEnv => ({
    db: getDb(),
    runtimeId: b.runtime.id,
    session: b.storage.session,
    action: b.action ?? b.browserAction,
    now: Date.now,
    documentAlive: (tabId, documentId) => documentAlive(b.tabs, tabId, documentId),
  });

  b.tabs.onRemoved.addListener((tabId) => {
    forgetTab(env(), tabId).catch((e) => console.error('Callprep: forget tab failed', e));
  });
  b.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading' && change.status !== 'complete') return;
    onTabLoading(env(), tabId, change).catch((e) =>
      console.error('Callprep: tab update failed', e),
    );
  });
  return matchingHandlers(env);
}

/** Asks the document's content script; a document that is gone (or never answers) is not alive. */
async function documentAlive(
  tabs: MatchingBrowser['tabs'],
  tabId: number,
  documentId: string,
): Promise<boolean> {
  if (!tabs.sendMessage) return false;
  try {
    const request: AliveRequest = { type: TAB_MESSAGE.alive };
    return (await tabs.sendMessage(tabId, request, { documentId })) === true;
  } catch {
    return false;
  }
}
