import type { CalendarFeed } from '../../db/models';
import type { CallprepDB } from '../../db/schema';
import { getSettings, updateSettings } from '../../db/settings';
import { feedAddress } from './address';

/** `browser.permissions`: the one host asked for at the moment the seller subscribes. */
export type HostPermissions = {
  request(p: { origins: string[] }): Promise<boolean>;
  remove(p: { origins: string[] }): Promise<boolean>;
};

export const PERMISSION_REFUSED =
  'Callprep was not allowed to fetch from that address, so nothing was added. Subscribe again and choose Allow.';

/**
 * Adds a feed: the address checked, its host asked for (this must run in the
 * click's handler: browsers grant a permission only on a user gesture), then
 * kept in the settings. Gives the feed, or what is wrong in words.
 */
export async function subscribeFeed(
  db: CallprepDB,
  permissions: HostPermissions,
  input: string,
  now: number,
): Promise<{ ok: true; feed: CalendarFeed } | { ok: false; error: string }> {
  const address = feedAddress(input);
  if ('error' in address) return { ok: false, error: address.error };
  // Asked first, before any await of ours: a gesture does not survive a database read.
  const granted = await permissions.request({ origins: [address.origin] }).catch(() => false);
  if (!granted) return { ok: false, error: PERMISSION_REFUSED };
  const { calendarFeeds } = await getSettings(db);
  const existing = calendarFeeds.find((f) => f.url === address.url);
  if (existing) return { ok: true, feed: existing };
  const feed: CalendarFeed = {
    id: crypto.randomUUID(),
    url: address.url,
    origin: address.origin,
    addedAt: now,
    checkedAt: null,
    updatedAt: null,
    error: null,
    hash: null,
    windowDay: null,
  };
  await updateSettings(db, { calendarFeeds: [...calendarFeeds, feed] });
  return { ok: true, feed };
}

/**
 * Removes a feed and gives its host permission back, unless another feed or a
 * custom site still needs that host. Its meetings stay, with their notes.
 */
export async function unsubscribeFeed(
  db: CallprepDB,
  permissions: HostPermissions,
  feedId: string,
): Promise<void> {
  const settings = await getSettings(db);
  const feed = settings.calendarFeeds.find((f) => f.id === feedId);
  if (!feed) return;
  const rest = settings.calendarFeeds.filter((f) => f.id !== feedId);
  await updateSettings(db, { calendarFeeds: rest });
  const stillNeeded =
    rest.some((f) => f.origin === feed.origin) || settings.customHosts.includes(feed.origin);
  if (!stillNeeded) await permissions.remove({ origins: [feed.origin] }).catch(() => false);
}
