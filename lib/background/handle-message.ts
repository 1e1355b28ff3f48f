import { getSettings } from '../db/settings';
import type { CallprepDB } from '../db/schema';
import { matchCustomer } from '../match/match-customer';
import { rememberOwnAccount } from '../match/own-account';
import type { Own } from '../match/people';
import type { Match } from '../match/types';
import { MESSAGE } from '../messaging';
import type { PageSignal } from '../recognize/signal';
import { forgetTabTarget } from '../session/panel-target';
import {
  clearTabState,
  readTabState,
  writeTabState,
  type SessionArea,
  type TabState,
} from '../session/tab-state';
import { setTabBadge, type TabBadgeAction } from './badge';
import type { MessageSender } from './browser-types';
import { dispatchMessage, type MessageHandlers } from './dispatch';
import { applyTabBadge, readGlobalBadge } from './readiness-badge';

/**
 * The background's matching half: a content script reports what its tab shows,
 * the background validates it, matches it against the customers and keeps the
 * result per tab in storage.session (read by the side panel, popup and badge).
 * Nothing lives in module variables: the MV3 worker may be stopped between any
 * two events, and everything needed is passed in (`env`) or read from storage.
 */
export type MatchingEnv = {
  db: CallprepDB;
  /** `browser.runtime.id`: messages from anyone else are ignored */
  runtimeId: string;
  session: SessionArea;
  /** toolbar action for the per-tab badge; optional (tests, browsers without one) */
  action?: TabBadgeAction;
  now: () => number;
  /**
   * Whether the document that reported a tab's page still shows in it (asked of
   * its content script); absent where the browser cannot tell (no documentId).
   */
  documentAlive?: (tabId: number, documentId: string) => Promise<boolean>;
};

export type MatchingMessageType =
  typeof MESSAGE.pageSignal | typeof MESSAGE.rematch | typeof MESSAGE.ownAccount;

/** The handlers of the messages this module answers (dataChanged belongs to before-meeting). */
export function matchingHandlers(
  env: () => MatchingEnv,
): Pick<MessageHandlers, MatchingMessageType> {
  return {
    [MESSAGE.pageSignal]: (message, from) =>
      recordSignal(env(), from.tabId, message.signal, from.documentId),
    [MESSAGE.rematch]: (message) => rematchTab(env(), message.tabId),
    [MESSAGE.ownAccount]: async (message, from) => {
      const current = env();
      return (await rememberOwnAccount(current.db, message.email))
        ? rematchTab(current, from.tabId)
        : null;
    },
  };
}

/**
 * Handles one runtime message as the worker's dispatcher does, with the matching
 * handlers. Resolves to the tab's new state for `pageSignal`, `rematch` and
 * `ownAccount` (null when nothing is recorded for the tab, or the address was
 * not the seller's), and to undefined for anything ignored or not ours to answer.
 */
export async function handleMessage(
  env: MatchingEnv,
  raw: unknown,
  sender: MessageSender | undefined,
): Promise<TabState | null | undefined> {
  const answer = dispatchMessage(
    matchingHandlers(() => env),
    raw,
    sender,
    env.runtimeId,
  );
  return answer ? ((await answer) ?? null) : undefined;
}

/**
 * A tab now shows `signal` (null: nothing recognized): match it and store the
 * result. A site the seller switched off in Settings counts as nothing recognized.
 */
export async function recordSignal(
  env: MatchingEnv,
  tabId: number,
  signal: PageSignal | null,
  documentId?: string,
): Promise<TabState> {
  const at = env.now();
  const settings = await getSettings(env.db);
  const kept = signal && !settings.disabledSites.includes(signal.site) ? signal : null;
  const match = kept ? await safeMatch(env, kept, settings) : null;
  return store(env, tabId, { signal: kept, match, at, ...(documentId ? { documentId } : {}) });
}

/**
 * Matches the tab's stored page again (after the seller linked or created a
 * customer). Null when nothing is recorded for the tab.
 */
export async function rematchTab(env: MatchingEnv, tabId: number): Promise<TabState | null> {
  const current = await readTabState(env.session, tabId);
  if (!current) return null;
  const at = Math.max(env.now(), current.at);
  const settings = await getSettings(env.db);
  const match = current.signal ? await safeMatch(env, current.signal, settings) : null;
  return store(env, tabId, { ...current, match, at });
}

/** The tab closed: forget it (the browser drops its badge by itself). */
export async function forgetTab(env: Pick<MatchingEnv, 'session'>, tabId: number): Promise<void> {
  await Promise.all([clearTabState(env.session, tabId), forgetTabTarget(env.session, tabId)]);
}

/**
 * A tab starts (or finishes) loading a page. Content scripts only run on
 * recognized sites and only report changes, so when the tab leaves for another
 * origin, what it showed is forgotten; same-origin loads keep the state (the new
 * page's content script reports its own signal).
 *
 * Without host permission the browser gives no `url`, and an in-app navigation
 * (pushState) looks like leaving. When the reporting document is known
 * (`documentId`), the state is kept through the load and, once loaded, kept if
 * that document is still there (the same page, navigated in-app) and forgotten
 * if not; otherwise a URL-less load forgets it at once.
 */
export async function onTabLoading(
  env: MatchingEnv,
  tabId: number,
  change: { status?: string; url?: string },
): Promise<void> {
  if (change.status !== 'loading' && change.status !== 'complete') return;
  const current = await readTabState(env.session, tabId);
  if (!current) return;
  if (change.url) {
    if (change.status !== 'loading') return;
    if (current.signal && sameOrigin(change.url, current.signal.url)) return;
  } else if (current.documentId && env.documentAlive) {
    if (change.status === 'loading') return;
    if (await env.documentAlive(tabId, current.documentId)) return;
    // Another page reported meanwhile: its state is not this document's to forget.
    if ((await readTabState(env.session, tabId))?.documentId !== current.documentId) return;
  } else if (change.status !== 'loading') {
    return;
  }
  await clearTabState(env.session, tabId);
  if (env.action) await setTabBadge(env.action, tabId, null);
}

async function safeMatch(env: MatchingEnv, signal: PageSignal, own: Own): Promise<Match | null> {
  try {
    return await matchCustomer(signal, env.db, own);
  } catch (error) {
    // The page is still recorded (the side panel offers the picker); the worker lives on.
    console.error('Callprep: matching failed', error);
    return null;
  }
}

/**
 * Writes the state unless a newer one arrived while this one was being matched
 * (two quick navigations: the later page wins), and updates the tab's badge:
 * composed with the global badge, so an overdue promise's `!` stays on a tab
 * that was just recognized (readiness-badge.ts, applyTabBadge).
 */
async function store(env: MatchingEnv, tabId: number, state: TabState): Promise<TabState> {
  const current = await readTabState(env.session, tabId);
  if (current && current.at > state.at) return current;
  await writeTabState(env.session, tabId, state);
  if (env.action) {
    const global = await readGlobalBadge(env.session).catch(() => null);
    await applyTabBadge(env.action, tabId, state.match, global);
  }
  return state;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
