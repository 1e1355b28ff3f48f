import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { KeepInTouchLine } from '@/components/today/KeepInTouchLine';
import { TodaySections } from '@/components/today/TodaySections';
import { PanelView } from '@/components/panel/PanelView';
import { customers } from '@/lib/db/customers';
import { notes } from '@/lib/db/notes';
import type { Today } from '@/lib/today/sections';
import { loadSampleWorkspace } from '@/lib/sample/workspace';
import { DAY, freshDb, makeEnv, NOW, renderWithEnv } from '../panel/helpers';
import { customer, newsItem, promise } from './builders';

const LINKS = { welcome: '#welcome', data: '#data', calendar: '#calendar', newTab: false };
const none: Today = { meetings: [], promises: [], news: [], goals: [], losingTouch: [] };

describe('Today’s sections', () => {
  it('shows only sections with lines, in order, each line a button that opens its customer', async () => {
    const acme = customer('Acme', NOW - 90 * DAY);
    const today: Today = {
      ...none,
      promises: [
        {
          customerId: acme.id,
          customerName: 'Acme',
          promise: promise(acme.id, 'us', NOW - 2 * DAY, { text: 'Send the proposal' }),
          lateness: '2 days overdue',
          loud: true,
        },
      ],
      news: [
        {
          customerId: acme.id,
          customerName: 'Acme',
          news: newsItem(acme.id, NOW - 6 * DAY, { text: 'Offline mode shipped' }),
          age: 'found 6 days ago',
        },
      ],
    };
    const onOpen = vi.fn();
    render(<TodaySections today={today} hasCustomers onOpen={onOpen} links={LINKS} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Promises due 1',
      'News to share 1',
    ]);
    const line = screen.getByRole('button', { name: /Send the proposal/ });
    expect(line).toHaveTextContent('Acme We promised: Send the proposal 2 days overdue');
    expect(line.closest('li')).toHaveClass('is-loud');
    await userEvent.click(screen.getByRole('button', { name: /found 6 days ago/ }));
    expect(onOpen).toHaveBeenCalledWith(acme.id);
  });

  it('says how many more when a section is long', () => {
    const lines = Array.from({ length: 11 }, (_, i) => {
      const c = customer(`Customer ${i}`, 0);
      return {
        customerId: c.id,
        customerName: c.name,
        news: newsItem(c.id, NOW),
        age: 'found today',
      };
    });
    render(
      <TodaySections
        today={{ ...none, news: lines }}
        hasCustomers
        onOpen={vi.fn()}
        links={LINKS}
      />,
    );
    expect(screen.getAllByRole('button')).toHaveLength(8);
    expect(screen.getByText('and 3 more')).toBeVisible();
  });

  it('empty with no customers: load the sample, import customers or a calendar', () => {
    render(<TodaySections today={none} hasCustomers={false} onOpen={vi.fn()} links={LINKS} />);
    expect(screen.getByRole('heading', { name: 'No customers yet' })).toBeVisible();
    expect(screen.getByRole('link', { name: /load the sample workspace/ })).toHaveAttribute(
      'href',
      '#welcome',
    );
    expect(screen.getByRole('link', { name: /Import customers/ })).toHaveAttribute('href', '#data');
    expect(screen.getByRole('link', { name: /Import a calendar/ })).toHaveAttribute(
      'href',
      '#calendar',
    );
  });

  it('empty with customers: nothing needs you today, and where meetings come from', () => {
    render(<TodaySections today={none} hasCustomers onOpen={vi.fn()} links={LINKS} />);
    expect(screen.getByRole('heading', { name: 'Nothing needs you today' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: /Promises due/ })).toBeNull();
    expect(screen.getByRole('link', { name: /Import a calendar/ })).toBeVisible();
  });
});

describe('Today in the side panel', () => {
  it('with no customer on the tab, under the header: the sample’s overdue promise first; a line picks its customer', async () => {
    const db = freshDb();
    await loadSampleWorkspace(db, NOW);
    const onPick = vi.fn();
    renderWithEnv(
      <PanelView subject={{ kind: 'none', signal: null }} onPick={onPick} onLearned={vi.fn()} />,
      makeEnv({ db }),
    );
    const today = await screen.findByRole('region', { name: 'Today' });
    const promises = await within(today).findByRole('region', { name: /^Promises due/ });
    const first = within(promises).getAllByRole('button')[0]!;
    expect(first).toHaveTextContent(
      /Northwind Logistics.*Send the security review answers.*2 days overdue/,
    );
    expect(within(today).getByText(/found 6 days ago/)).toBeVisible();
    // Losing touch is read after the agenda: wait for it.
    expect(await within(today).findByRole('region', { name: /^Losing touch/ })).toHaveTextContent(
      /Tandem Retail Group.*last touch 40 days ago/,
    );
    await userEvent.click(first);
    expect(onPick).toHaveBeenCalledWith('sample-northwind');
  });
});

describe('the keep-in-touch line', () => {
  async function lineFor(daysAgo: number | null) {
    const db = freshDb();
    const c = await customers.create(db, { name: 'Initech' }, () => NOW - 400 * DAY);
    if (daysAgo !== null) {
      await notes.create(db, { customerId: c.id, body: 'Called Bill' }, () => NOW - daysAgo * DAY);
    }
    const view = render(<KeepInTouchLine db={db} customer={c} now={NOW} />);
    await screen.findByText(/last touch|no touch yet/);
    return view.container.querySelector('.keep-in-touch')!;
  }

  it('says "last touch 12 days ago", and nothing more while within the interval', async () => {
    const line = await lineFor(12);
    expect(line).toHaveTextContent(/^last touch 12 days ago$/);
    expect(line).toHaveAttribute('data-level', 'fine');
  });

  it('past the interval it says so; past twice the interval it is loud, in words', async () => {
    const past = await lineFor(40);
    expect(past).toHaveTextContent(
      'last touch 40 days ago Past your 30-day keep-in-touch interval.',
    );
    expect(past).toHaveAttribute('data-level', 'past');
  });

  it('past twice the interval: loud', async () => {
    const loud = await lineFor(70);
    expect(loud).toHaveTextContent(
      /More than twice your 30-day keep-in-touch interval: get in touch now/,
    );
    expect(loud).toHaveClass('keep-in-touch-loud');
  });

  it('with no history, counts from when the customer was added', async () => {
    const line = await lineFor(null);
    expect(line).toHaveTextContent(/no touch yet \(added 400 days ago\)/);
    await waitFor(() => expect(line).toHaveAttribute('data-level', 'loud'));
  });
});
