import { useId, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { feedChangeWords, feedStatusWords } from '@/lib/calendar/feed/status-words';
import { refreshFeed } from '@/lib/calendar/feed/refresh';
import { subscribeFeed, unsubscribeFeed } from '@/lib/calendar/feed/subscribe';
import type { CalendarFeed } from '@/lib/db/models';
import { getSettings } from '@/lib/db/settings';
import { errorText, useWorkspaceEnv } from './env';

/**
 * Subscribe to a calendar's published ICS address: Callprep asks for that one
 * host, then fetches it every 30 minutes and when the popup opens. The only
 * request Callprep ever makes, to an address the seller gave.
 */
export function CalendarFeeds() {
  const { db, now, hosts } = useWorkspaceEnv();
  const id = useId();
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Per feed: refreshing now, or what the last refresh asked for here changed.
  const [refreshing, setRefreshing] = useState<ReadonlySet<string>>(new Set());
  const [changes, setChanges] = useState<Readonly<Record<string, string>>>({});
  const feeds = useLiveQuery(async () => (await getSettings(db)).calendarFeeds, [db]);
  const env = { db, fetch: (url: string, init: RequestInit) => fetch(url, init), now };

  async function subscribe(e: FormEvent) {
    e.preventDefault();
    if (!hosts) return;
    setError(null);
    // The permission request must come first in the click's handler (subscribeFeed does it).
    const added = await subscribeFeed(db, hosts.permissions, address, now());
    if (!added.ok) return setError(added.error);
    setAddress('');
    setBusy(true);
    try {
      await refreshFeed(env, added.feed);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  async function refreshNow(feed: CalendarFeed) {
    setError(null);
    setRefreshing((s) => new Set(s).add(feed.id));
    try {
      const { feed: after, changed } = await refreshFeed(env, feed);
      const said = after.error ? '' : feedChangeWords(changed);
      setChanges((c) => ({ ...c, [feed.id]: said }));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setRefreshing((s) => {
        const next = new Set(s);
        next.delete(feed.id);
        return next;
      });
    }
  }

  async function remove(feedId: string) {
    if (!hosts) return;
    setError(null);
    await unsubscribeFeed(db, hosts.permissions, feedId).catch((err) => setError(errorText(err)));
  }

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Subscribe to a calendar</h2>
      <p className="muted">
        Paste the address your calendar publishes in iCal format (Google Calendar: Settings → your
        calendar → “Secret address in iCal format”; Outlook: Settings → Calendar → Shared calendars
        → Publish a calendar → ICS). Callprep asks your browser for that one site, fetches it every
        30 minutes and when you open the popup, and sends nothing anywhere.
      </p>
      {error && (
        <p role="alert" className="alert-danger">
          {error}
        </p>
      )}
      {hosts ? (
        <form className="row" onSubmit={subscribe}>
          <label htmlFor={`${id}-url`}>Calendar address (ICS)</label>
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            placeholder="https://… or webcal://…"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
          />
          <button type="submit" disabled={busy || address.trim() === ''}>
            Subscribe
          </button>
        </form>
      ) : (
        <p className="muted">This browser does not let Callprep ask for a site.</p>
      )}
      {busy && (
        <p role="status" className="muted">
          Fetching the calendar…
        </p>
      )}
      {feeds && feeds.length > 0 && (
        <ul className="stack" aria-label="Subscribed calendars">
          {feeds.map((f) => (
            <li key={f.id} className="stack">
              <span className="row">
                <span>{new URL(f.url).host}</span>
                <button
                  type="button"
                  onClick={() => void refreshNow(f)}
                  disabled={refreshing.has(f.id)}
                  aria-label={`Refresh ${new URL(f.url).host} now`}
                >
                  {refreshing.has(f.id) ? 'Refreshing…' : 'Refresh now'}
                </button>
                <button type="button" onClick={() => remove(f.id)}>
                  Remove {new URL(f.url).host}
                </button>
              </span>
              <span className={f.error ? 'alert-danger' : 'muted'} aria-live="polite">
                {feedStatusWords(f, now())}
                {changes[f.id] ? ` · ${changes[f.id]}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
