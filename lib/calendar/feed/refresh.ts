import type { CalendarFeed } from '../../db/models';
import type { CallprepDB } from '../../db/schema';
import { getSettings, updateSettings } from '../../db/settings';
import { applyCalendarPlan } from '../apply';
import { importWindow } from '../occurrence';
import { parseCalendar } from '../parse';
import { planCalendarImport } from '../plan';
import { fetchCalendarText, type Fetch } from './fetch';

export type FeedEnv = { db: CallprepDB; fetch: Fetch; now: () => number; timeoutMs?: number };

/** What a refresh did: the feed's new state and, when it read the calendar, what changed. */
export type FeedRefresh = {
  feed: CalendarFeed;
  changed: { created: number; updated: number; cancelled: number } | null;
};

export const feedSource = (feed: Pick<CalendarFeed, 'id'>) => `feed:${feed.id}`;

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Keeps the feed's new state, unless it was removed meanwhile. */
async function saveFeed(db: CallprepDB, feed: CalendarFeed): Promise<void> {
  const { calendarFeeds } = await getSettings(db);
  if (!calendarFeeds.some((f) => f.id === feed.id)) return;
  await updateSettings(db, {
    calendarFeeds: calendarFeeds.map((f) => (f.id === feed.id ? feed : f)),
  });
}

/**
 * Fetches one feed and brings its meetings up to date: new occurrences with a
 * customer become meetings (the Follow-up or Discovery checklist), moved ones
 * move, cancelled ones and those gone from the feed are marked cancelled. The
 * same text on the same day is skipped after its hash: an unchanged calendar
 * costs one request and one small write. Never throws: a problem is kept on the
 * feed, in words, and nothing else changes.
 */
export async function refreshFeed(env: FeedEnv, feed: CalendarFeed): Promise<FeedRefresh> {
  const at = env.now();
  let next: CalendarFeed;
  let changed: FeedRefresh['changed'] = null;
  try {
    const text = await fetchCalendarText(feed.url, { fetch: env.fetch, timeoutMs: env.timeoutMs });
    const hash = await sha256(text);
    const windowDay = new Date(at).toISOString().slice(0, 10);
    if (hash !== feed.hash || windowDay !== feed.windowDay) {
      const window = importWindow(at);
      const { occurrences } = parseCalendar(text, window);
      const settings = await getSettings(env.db);
      const plan = await planCalendarImport(env.db, occurrences, {
        ownDomains: settings.ownDomains,
        ownEmails: settings.ownEmails,
        now: at,
        window,
        source: feedSource(feed),
      });
      changed = await applyCalendarPlan(env.db, plan, { template: 'auto', now: at });
    }
    next = { ...feed, checkedAt: at, updatedAt: at, error: null, hash, windowDay };
  } catch (e) {
    next = { ...feed, checkedAt: at, error: e instanceof Error ? e.message : String(e) };
  }
  await saveFeed(env.db, next);
  return { feed: next, changed };
}

/** Refreshes every feed not checked in the last `minAgeMs` (the popup opening twice is one refresh). */
export async function refreshFeeds(env: FeedEnv, minAgeMs = 0): Promise<FeedRefresh[]> {
  const { calendarFeeds } = await getSettings(env.db);
  const due = calendarFeeds.filter(
    (f) => f.checkedAt === null || env.now() - f.checkedAt >= minAgeMs,
  );
  const out: FeedRefresh[] = [];
  for (const feed of due) out.push(await refreshFeed(env, feed));
  return out;
}
