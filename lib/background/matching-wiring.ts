import type { CallprepDB } from '../db/schema';
import type { SessionArea } from '../session/tab-state';
import type { TabBadgeAction } from './badge';
import {
  acceptMessage,
  forgetTab,
  handleMessage,
  isMatchingMessage,
  onTabLoading,
  type MatchingEnv,
  type MessageSender,
} from './handle-message';

/** The parts of `browser` the matching listeners use (Chrome MV3 `action`, Firefox MV2 `browserAction`). */
export type MatchingBrowser = {
  runtime: {
    id: string;
    onMessage: {
      addListener(
        cb: (
          message: unknown,
          sender: MessageSender,
          sendResponse: (response?: unknown) => void,
        ) => true | undefined,
      ): void;
    };
  };
  tabs: {
    onRemoved: { addListener(cb: (tabId: number) => void): void };
    onUpdated: {
      addListener(cb: (tabId: number, change: { status?: string; url?: string }) => void): void;
    };
  };
  storage: { session: SessionArea };
  action?: TabBadgeAction;
  browserAction?: TabBadgeAction;
};

/**
 * Registers the page-matching listeners: page signals and rematch requests,
 * tabs closing or leaving. Call once, synchronously, from defineBackground's
 * main, so a restarted worker receives the event that woke it.
 */
export function installMatching(b: MatchingBrowser, getDb: () => CallprepDB): void {
  const env = (): MatchingEnv => ({
    db: getDb(),
    runtimeId: b.runtime.id,
    session: b.storage.session,
    action: b.action ?? b.browserAction,
    now: Date.now,
  });

  b.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Checked synchronously: for anything not ours, return nothing and let other listeners answer.
    const accepted = acceptMessage(message, sender, b.runtime.id);
    if (!accepted || !isMatchingMessage(accepted)) return undefined;
    handleMessage(env(), message, sender).then(
      (state) => sendResponse?.(state ?? null),
      (error) => {
        console.error('Callprep: page signal failed', error);
        sendResponse?.(null);
      },
    );
    return true; // the answer (the tab's state) comes asynchronously
  });
  b.tabs.onRemoved.addListener((tabId) => {
    forgetTab(env(), tabId).catch((e) => console.error('Callprep: forget tab failed', e));
  });
  b.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    onTabLoading(env(), tabId, change).catch((e) =>
      console.error('Callprep: tab update failed', e),
    );
  });
}
