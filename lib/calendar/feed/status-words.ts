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

/** What one refresh changed, said in a line: "2 new meetings, 1 moved, 1 cancelled." */
export function feedChangeWords(
  changed: { created: number; updated: number; cancelled: number } | null,
): string {
  if (!changed) return 'No change since the last check.';
  const parts = [
    changed.created > 0 && `${changed.created} new meeting${changed.created === 1 ? '' : 's'}`,
    changed.updated > 0 && `${changed.updated} updated`,
    changed.cancelled > 0 && `${changed.cancelled} cancelled`,
  ].filter((p): p is string => typeof p === 'string');
  return parts.length > 0 ? `${parts.join(', ')}.` : 'No change to your meetings.';
}
