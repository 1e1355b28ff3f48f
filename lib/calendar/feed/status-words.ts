import type { CalendarFeed } from '../../db/models';
import { timeOfDay, shortDate, calendarDaysFrom } from '../../format/dates';

/** "Last updated 10:42", "Last updated Tue 1 Dec 10:42", the problem in words, or "Not fetched yet". */
export function feedStatusWords(feed: CalendarFeed, now: number): string {
  if (feed.error) return feed.error;
  if (feed.updatedAt === null) return 'Not fetched yet.';
  const when =
    calendarDaysFrom(feed.updatedAt, now) === 0
      ? timeOfDay(feed.updatedAt)
      : `${shortDate(feed.updatedAt, now)} ${timeOfDay(feed.updatedAt)}`;
  return `Last updated ${when}`;
}
