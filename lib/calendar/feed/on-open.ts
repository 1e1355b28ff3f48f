import type { CallprepDB } from '../../db/schema';
import { refreshFeeds } from './refresh';

/** A feed checked less than this long ago is not fetched again when the popup opens (opened twice in a row). */
export const ON_OPEN_MIN_AGE_MS = 10_000;

/** The subscribed calendars, caught up as the popup opens (the alarm does it every 30 minutes). */
export async function refreshFeedsOnOpen(db: CallprepDB): Promise<void> {
  await refreshFeeds(
    { db, fetch: (url, init) => fetch(url, init), now: () => Date.now() },
    ON_OPEN_MIN_AGE_MS,
  );
}
