import { listOverdueOfOurs } from '../db/commitments';
import { listMeetingsBetween } from '../db/meetings';
import type { CallprepDB } from '../db/schema';
import { readinessOf } from '../readiness/load';
import { readinessLabel } from '../readiness/score';
import { relativeWords } from '../readiness/time-words';
import type { ActionApi } from './browser-types';

/**
 * The global toolbar badge: `!` (red) while a promise of ours is overdue — the
 * loudest thing Callprep shows — else the readiness of the next meeting in the
 * coming hours (`60%`, green when ready), else nothing. Per-tab match badges
 * (badge.ts) are set with a tabId and win on their tab; the overdue `!` is
 * exported as `overdueBadge` state so they can keep showing it.
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
