import { listOverdueOfOurs } from '../db/commitments';
import { listMeetingsBetween } from '../db/meetings';
import type { CallprepDB } from '../db/schema';
import { readinessOf } from '../readiness/load';
import { readinessLabel } from '../readiness/score';
import { relativeWords } from '../readiness/time-words';
import type { Match } from '../match/types';
import { GLOBAL_BADGE_KEY, globalBadgeSchema, parseTabStateKey } from '../session/keys';
import { readTabState, type SessionArea } from '../session/tab-state';
import { matchWords, setTabBadge, type TabBadgeAction } from './badge';
import type { ActionApi } from './browser-types';

/**
 * The global toolbar badge: `!` (red) while a promise of ours is overdue — the
 * loudest thing Callprep shows — else the readiness of the next meeting in the
 * coming hours (`60%`, green when ready), else nothing. A recognized tab shows
 * the same, with its match in the tooltip, and its match mark (badge.ts: `●`,
 * `?`) only when there is neither (applyTabBadge).
 */

export const BADGE_HORIZON_MS = 12 * 60 * 60 * 1000;
/** A meeting that started less than this ago is still "the next meeting". */
export const BADGE_IN_PROGRESS_MS = 15 * 60 * 1000;

export const BADGE_COLORS = {
  overdue: '#b42318',
  ready: '#1f7a3d',
  partial: '#8a5a00',
} as const;

export type GlobalBadge = {
  kind: 'overdue' | 'meeting' | 'none';
  text: string;
  color: string;
  title: string;
  /** the meeting the badge is about */
  meetingId?: string;
};

export async function computeReadinessBadge(db: CallprepDB, now: number): Promise<GlobalBadge> {
  const overdue = await listOverdueOfOurs(db, now);
  if (overdue.length > 0) {
    const first = overdue[0]!;
    const customer = await db.customers.get(first.customerId);
    const more = overdue.length > 1 ? ` (+${overdue.length - 1} more overdue)` : '';
    return {
      kind: 'overdue',
      text: '!',
      color: BADGE_COLORS.overdue,
      title: `Callprep — overdue promise: “${first.text}”${customer ? ` to ${customer.name}` : ''}, due ${relativeWords(first.dueAt!, now)}${more}`,
    };
  }
  const next = (
    await listMeetingsBetween(db, now - BADGE_IN_PROGRESS_MS, now + BADGE_HORIZON_MS)
  )[0];
  if (!next) return { kind: 'none', text: '', color: BADGE_COLORS.partial, title: 'Callprep' };
  const [{ readiness }, customer] = await Promise.all([
    readinessOf(db, next, now),
    db.customers.get(next.customerId),
  ]);
  const open = readiness.firstOpenRequired;
  return {
    kind: 'meeting',
    text: readiness.empty ? '' : `${readiness.percent}%`,
    color: readiness.ready ? BADGE_COLORS.ready : BADGE_COLORS.partial,
    title: `Callprep — next: ${next.title}${customer ? ` with ${customer.name}` : ''} ${relativeWords(next.startsAt, now)}: ${readinessLabel(readiness)}${open ? `. First: ${open.item.text}` : ''}`,
    meetingId: next.id,
  };
}

/** Sets the global (no tabId) badge text, colour and tooltip. */
export async function applyGlobalBadge(action: ActionApi, badge: GlobalBadge): Promise<void> {
  await action.setBadgeBackgroundColor({ color: badge.color });
  await action.setBadgeText({ text: badge.text });
  await action.setTitle({ title: badge.title });
}

export async function refreshReadinessBadge(
  db: CallprepDB,
  action: ActionApi,
  now: number,
): Promise<GlobalBadge> {
  const badge = await computeReadinessBadge(db, now);
  await applyGlobalBadge(action, badge);
  return badge;
}

// ---------------------------------------------------------------- per-tab composition

/** storage.session, able to list every key (`get(null)`). */
export type SessionAll = SessionArea & {
  get(keys: string | null): Promise<Record<string, unknown>>;
};

/**
 * Recomposes the badge of every recognized tab with the new global badge
 * (applyTabBadge), and resets unmatched tabs so they follow the global badge
 * (and its new colour). The global badge is also kept in storage.session
 * (GLOBAL_BADGE_KEY) for handle-message to consult.
 */
export async function syncTabBadges(
  action: TabBadgeAction,
  session: SessionAll,
  badge: GlobalBadge,
): Promise<void> {
  await session.set({ [GLOBAL_BADGE_KEY]: badge });
  const all = await session.get(null);
  for (const key of Object.keys(all)) {
    const tabId = parseTabStateKey(key);
    if (tabId === null) continue;
    const state = await readTabState(session, tabId);
    await applyTabBadge(action, tabId, state?.match ?? null, badge);
  }
}

/**
 * One tab's badge given its match and the global badge, loudest first: the
 * overdue `!`, then the next meeting's readiness (`60%`), then the match mark
 * (`●` matched, `?` ambiguous). Whatever shows, a recognized tab's tooltip
 * names its customer and why ("This tab: Acme (email domain acme.com)"); an
 * unmatched tab is reset to follow the global badge. Never throws.
 */
export async function applyTabBadge(
  action: TabBadgeAction,
  tabId: number,
  match: Match | null,
  global: GlobalBadge | null,
): Promise<void> {
  const louder = global && global.kind !== 'none' && global.text ? global : null;
  if (!match || !louder) {
    await setTabBadge(action, tabId, match);
    return;
  }
  try {
    await action.setBadgeText({ text: louder.text, tabId });
    await action.setBadgeBackgroundColor({ color: louder.color, tabId });
    await action.setTitle({ title: `${louder.title} · This tab: ${matchWords(match)}`, tabId });
  } catch {
    // the tab closed meanwhile
  }
}

/** The global badge last shown, for composing a tab's badge between refreshes. */
export async function readGlobalBadge(session: SessionArea): Promise<GlobalBadge | null> {
  const parsed = globalBadgeSchema.safeParse(
    (await session.get(GLOBAL_BADGE_KEY))[GLOBAL_BADGE_KEY],
  );
  return parsed.success ? parsed.data : null;
}
