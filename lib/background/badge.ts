import type { Match } from '../match/types';

/**
 * The per-tab toolbar badge when nothing louder is shown: whether Callprep
 * recognized the customer this tab is about. `●` (green) when matched, `?`
 * (amber) when the page could be one of several customers, nothing of ours when
 * unmatched — then the tab shows the global badge again. An overdue promise's
 * `!` and the next meeting's readiness win over the mark; the match then stays
 * in the tooltip (readiness-badge.ts, applyTabBadge).
 */

/** The slice of `browser.action` (MV3) / `browser.browserAction` (Firefox MV2) used here. */
export type TabBadgeAction = {
  // `null` resets the tab to the global value (documented for text in Chrome and
  // Firefox; colour and title resets are tried and fall back when refused).
  setBadgeText(details: { text?: string | null; tabId?: number | null }): Promise<void> | void;
  setBadgeBackgroundColor(details: {
    color: string | number[] | null;
    tabId?: number | null;
  }): Promise<void> | void;
  setTitle(details: { title?: string | null; tabId?: number | null }): Promise<void> | void;
  /** MV3 `action` answers with a promise; used to undo a tab colour where `null` is refused */
  getBadgeBackgroundColor?: unknown;
};

export const TAB_BADGE_COLORS = {
  matched: '#1f7a3d',
  ambiguous: '#8a5a00',
} as const;

/** `null` text / colour / title: no tab-specific value, the global one shows. */
export type TabBadge = { text: string | null; color: string | null; title: string | null };

/**
 * The tab's match in words, for a tooltip: "Acme (email domain acme.com)", or
 * "this page could be Acme or Acme US: choose in the side panel".
 */
export function matchWords(match: Match): string {
  if (!match.ambiguous) return `${match.name} (${match.reason})`;
  const others = match.candidates
    .filter((c) => c.confidence === match.confidence)
    .map((c) => c.name);
  return `this page could be ${[match.name, ...others].join(' or ')}: choose in the side panel`;
}

export function tabBadgeFor(match: Match | null): TabBadge {
  if (!match) return { text: null, color: null, title: null };
  return {
    text: match.ambiguous ? '?' : '●',
    color: match.ambiguous ? TAB_BADGE_COLORS.ambiguous : TAB_BADGE_COLORS.matched,
    title: `Callprep — ${matchWords(match)}`,
  };
}

/** Shows on the tab's badge whether its page matched a customer. Never throws. */
export async function setTabBadge(
  action: TabBadgeAction,
  tabId: number,
  match: Match | null,
): Promise<void> {
  const badge = tabBadgeFor(match);
  // Each call on its own: the tab may have closed meanwhile, and Chrome refuses
  // some `null` resets that Firefox accepts.
  await attempt(() => action.setBadgeText({ text: badge.text, tabId }));
  const colorReset = await attempt(() =>
    action.setBadgeBackgroundColor({ color: badge.color, tabId }),
  );
  if (!colorReset && badge.color === null) {
    // Chrome refuses a `null` colour: copy the global colour onto the tab instead.
    const global = await globalColor(action);
    if (global) await attempt(() => action.setBadgeBackgroundColor({ color: global, tabId }));
  }
  if (!(await attempt(() => action.setTitle({ title: badge.title, tabId }))) && !badge.title) {
    await attempt(() => action.setTitle({ title: '', tabId }));
  }
}

async function attempt(call: () => Promise<void> | void): Promise<boolean> {
  try {
    await call();
    return true;
  } catch {
    return false;
  }
}

async function globalColor(action: TabBadgeAction): Promise<string | number[] | null> {
  const get = action.getBadgeBackgroundColor;
  if (typeof get !== 'function') return null;
  try {
    const color: unknown = await get.call(action, {});
    return typeof color === 'string' || Array.isArray(color) ? (color as string | number[]) : null;
  } catch {
    return null;
  }
}
