import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HistorySection } from '@/components/panel/HistorySection';
import { createMeetingWithChecklist, deleteMeeting, meetings } from '@/lib/db/meetings';
import { notes } from '@/lib/db/notes';
import { DAY, freshDb, makeCustomer, makeEnv, NOW, renderWithEnv } from './helpers';

async function setup() {
  const db = freshDb();
  const customer = await makeCustomer(db);
  const meeting = (title: string, startsAt: number) =>
    createMeetingWithChecklist(
      db,
      { customerId: customer.id, title, startsAt },
      [],
      () => NOW,
    ).then((r) => r.meeting);
  const note = (body: string, meetingId: string | null, createdAt: number) =>
    notes.create(db, { customerId: customer.id, meetingId, body }, () => createdAt);
  return { db, customer, meeting, note, env: makeEnv({ db }) };
}

const looseNotes = () => screen.findByRole('list', { name: 'Notes without a meeting' });

describe('HistorySection', () => {
  it('lists notes without a meeting, newest first with their date, while a meeting is current', async () => {
    const { customer, meeting, note, env } = await setup();
    const current = await meeting('Pilot check-in', NOW - 600_000);
    await meeting('Discovery', NOW - 30 * DAY);
    await note('Asked about SSO on the phone', null, NOW - 2 * DAY);
    await note('Maya moved to ops', null, NOW - 3 * 60 * 60 * 1000);
    await note('Typed in this call', current.id, NOW - 60_000);
    renderWithEnv(
      <HistorySection customerId={customer.id} currentMeetingId={current.id} now={NOW} />,
      env,
    );
    const list = await looseNotes();
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.note-body')?.textContent)).toEqual([
      'Maya moved to ops',
      'Asked about SSO on the phone',
    ]);
    expect(items[0]).toHaveTextContent(/^today/);
    expect(items[1]).toHaveTextContent(/^2 days ago/);
    expect(within(items[1]!).getByText(/2 days ago/).tagName).toBe('TIME');
    // The current meeting's notes belong to Live notes, not here.
    expect(screen.queryByText('Typed in this call')).toBeNull();
    expect(screen.getByText('Discovery')).toBeVisible();
  });

  it('a deleted or cancelled meeting never takes its notes out of sight', async () => {
    const { db, customer, meeting, note, env } = await setup();
    const dropped = await meeting('Dropped call', NOW - 5 * DAY);
    const cancelled = await meeting('Cancelled workshop', NOW - 4 * DAY);
    await note('Their CFO joins next time', dropped.id, NOW - 5 * DAY);
    await note('Prep: bring the ROI sheet', cancelled.id, NOW - 6 * DAY);
    renderWithEnv(
      <HistorySection customerId={customer.id} currentMeetingId={null} now={NOW} />,
      env,
    );
    // Listed under its meeting (collapsed: an older one).
    expect(await screen.findByText('Their CFO joins next time')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Notes without a meeting' })).toBeNull();

    await deleteMeeting(db, dropped.id);
    await meetings.update(db, cancelled.id, { status: 'cancelled' }, () => NOW);
    await waitFor(() => expect(screen.queryByText('Dropped call')).toBeNull());
    const list = await looseNotes();
    await waitFor(() => expect(list).toHaveTextContent('Their CFO joins next time'));
    expect(within(list).getByText('Their CFO joins next time')).toBeVisible();
    expect(list).toHaveTextContent('Prep: bring the ROI sheet');
    expect(list).toHaveTextContent('cancelled: Cancelled workshop');
  });

  it('with no meetings at all, still shows the notes', async () => {
    const { customer, note, env } = await setup();
    await note('Met at the trade fair', null, NOW - DAY);
    renderWithEnv(
      <HistorySection customerId={customer.id} currentMeetingId={null} now={NOW} />,
      env,
    );
    expect(within(await looseNotes()).getByText('Met at the trade fair')).toBeVisible();
    expect(screen.getByText('No earlier meetings with them yet.')).toBeVisible();
  });
});
