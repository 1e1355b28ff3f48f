import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CalendarFeeds } from '@/components/workspace/CalendarFeeds';
import { subscribeFeed } from '@/lib/calendar/feed/subscribe';
import { feedChangeWords } from '@/lib/calendar/feed/status-words';
import { customers } from '@/lib/db/customers';
import { updateSettings } from '@/lib/db/settings';
import { seedBuiltinTemplates } from '@/lib/readiness/seed';
import { utc } from '../clock';
import { freshDb } from '../db/helpers';
import { renderWithEnv } from '../workspace/render';
import { calendarFile } from './files';

const NOW = utc(2026, 12, 3, 12);
const FEED = 'https://outlook.office365.com/owa/calendar/x/reachcalendar.ics';
const permissions = { request: async () => true, remove: async () => true };

afterEach(() => vi.unstubAllGlobals());

async function world() {
  const db = freshDb();
  await seedBuiltinTemplates(db, NOW);
  await updateSettings(db, { ownDomains: ['seller.example'] });
  await customers.create(db, { name: 'Northwind', domains: ['northwind-logistics.com'] });
  const added = await subscribeFeed(db, permissions, FEED, NOW);
  if (!added.ok) throw new Error(added.error);
  return db;
}

describe('Refresh now', () => {
  it('fetches the feed at once and says what came of it; a second time, that nothing changed', async () => {
    const db = await world();
    const fetch = vi.fn(
      async () => new Response(calendarFile('outlook-windows-zones.ics'), { status: 200 }),
    );
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderWithEnv(<CalendarFeeds />, db, {
      now: () => NOW,
      hosts: { permissions: { ...permissions, contains: async () => true } },
    });
    const feeds = await screen.findByRole('list', { name: 'Subscribed calendars' });
    expect(within(feeds).getByText('Not fetched yet.')).toBeVisible();

    await user.click(
      within(feeds).getByRole('button', { name: 'Refresh outlook.office365.com now' }),
    );
    expect(await within(feeds).findByText(/^Last updated .+ · 13 new meetings\.$/)).toBeVisible();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await db.meetings.count()).toBe(13);

    await user.click(
      within(feeds).getByRole('button', { name: 'Refresh outlook.office365.com now' }),
    );
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    expect(await within(feeds).findByText(/No change since the last check\./)).toBeVisible();
    expect(await db.meetings.count()).toBe(13);
  });

  it('shows the problem in words when the feed fails, and keeps the meetings', async () => {
    const db = await world();
    vi.stubGlobal('fetch', async () => new Response('Not Found', { status: 404 }));
    const user = userEvent.setup();
    renderWithEnv(<CalendarFeeds />, db, {
      now: () => NOW,
      hosts: { permissions: { ...permissions, contains: async () => true } },
    });
    await user.click(
      await screen.findByRole('button', { name: 'Refresh outlook.office365.com now' }),
    );
    expect(await screen.findByText(/answered 404 \(not found\)/)).toBeVisible();
  });
});

describe('feedChangeWords', () => {
  it('says each kind of change, and nothing when there was none', () => {
    expect(feedChangeWords({ created: 1, updated: 2, cancelled: 1 })).toBe(
      '1 new meeting, 2 updated, 1 cancelled.',
    );
    expect(feedChangeWords({ created: 0, updated: 0, cancelled: 0 })).toBe(
      'No change to your meetings.',
    );
    expect(feedChangeWords(null)).toBe('No change since the last check.');
  });
});
