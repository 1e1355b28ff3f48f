import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NotesSearch, snippetOf } from '@/components/workspace/NotesSearch';
import { CustomerView } from '@/components/workspace/customer/CustomerView';
import { customers } from '@/lib/db/customers';
import { meetings } from '@/lib/db/meetings';
import { notes, searchNotes } from '@/lib/db/notes';
import { DAY } from '../clock';
import { freshDb } from '../db/helpers';
import { renderWithEnv } from './render';

const NOW = Date.UTC(2026, 10, 23, 9, 0);

async function world() {
  const db = freshDb();
  const acme = await customers.create(db, { name: 'Acme' });
  const globex = await customers.create(db, { name: 'Globex' });
  const past = await meetings.create(db, {
    customerId: acme.id,
    title: 'Discovery call',
    startsAt: NOW - 7 * DAY,
    summary: 'They want the Leeds depot live by March.',
  });
  await meetings.create(db, {
    customerId: acme.id,
    title: 'Pilot review',
    startsAt: NOW + 2 * DAY,
  });
  await meetings.create(db, {
    customerId: acme.id,
    title: 'Called off',
    startsAt: NOW + DAY,
    status: 'cancelled',
  });
  // Written a minute apart, so "newest first" has one answer.
  await notes.create(
    db,
    {
      customerId: acme.id,
      meetingId: past.id,
      body: 'Forklift telemetry is the pain: they lose 3 hours a day.',
    },
    () => NOW - 3 * 60_000,
  );
  await notes.create(
    db,
    { customerId: globex.id, body: 'Asked about Forklift pricing in Zürich' },
    () => NOW - 2 * 60_000,
  );
  await notes.create(
    db,
    { customerId: globex.id, body: 'Nothing to see here' },
    () => NOW - 60_000,
  );
  return { db, acme, globex };
}

describe('the workspace shows what happened', () => {
  it('shows a customer’s upcoming meetings and their history with summary and notes', async () => {
    const { db, acme } = await world();
    renderWithEnv(<CustomerView customer={acme} />, db, { now: () => NOW });
    const upcoming = await screen.findByRole('region', { name: 'Upcoming meetings' });
    await within(upcoming).findByText(/Pilot review/);
    expect(within(upcoming).queryByText(/Called off/)).not.toBeInTheDocument();
    const history = screen.getByRole('heading', { name: 'History' }).closest('section')!;
    await within(history).findByText('Discovery call');
    expect(within(history).getByText('They want the Leeds depot live by March.')).toBeVisible();
    expect(within(history).getByText(/Forklift telemetry is the pain/)).toBeInTheDocument();
  });

  it('searches every customer’s notes, ignoring case and accents, and opens the customer', async () => {
    const { db, acme, globex } = await world();
    renderWithEnv(<NotesSearch />, db, { now: () => NOW });
    expect(screen.getByText(/Type to search the notes/)).toBeInTheDocument();
    const box = screen.getByLabelText('Search all notes');
    fireEvent.change(box, { target: { value: 'forklift' } });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
    const found = screen.getAllByRole('listitem');
    // Newest first, each naming its customer as a link to the customer page.
    expect(within(found[0]!).getByRole('link', { name: 'Globex' })).toHaveAttribute(
      'href',
      `#customers/${globex.id}`,
    );
    expect(within(found[1]!).getByRole('link', { name: 'Acme' })).toHaveAttribute(
      'href',
      `#customers/${acme.id}`,
    );
    expect(within(found[1]!).getByText(/Discovery call/)).toBeInTheDocument();

    fireEvent.change(box, { target: { value: 'ZURICH forklift' } });
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));
    fireEvent.change(box, { target: { value: 'ZURICH forklift nowhere' } });
    expect(await screen.findByText(/No note contains/)).toBeInTheDocument();
  });

  it('needs every word, and shows the part of a long note where the word is', async () => {
    const { db } = await world();
    expect((await searchNotes(db, 'forklift hours')).map((h) => h.customerName)).toEqual(['Acme']);
    expect(await searchNotes(db, '   ')).toEqual([]);
    const long = `${'Intro words. '.repeat(30)}The budget owner is Priya. ${'More. '.repeat(40)}`;
    const snip = snippetOf(long, 'priya');
    expect(snip).toContain('Priya');
    expect(snip.startsWith('…')).toBe(true);
    expect(snip.length).toBeLessThanOrEqual(162);
  });
});
