import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PanelView } from '@/components/panel/PanelView';
import { customers, deleteCustomer } from '@/lib/db/customers';
import { goals, listGoals } from '@/lib/db/goals';
import { createMeetingWithChecklist } from '@/lib/db/meetings';
import { notes } from '@/lib/db/notes';
import { loadSampleWorkspace } from '@/lib/sample/workspace';
import { DAY, freshDb, makeEnv, NOW, renderWithEnv } from './helpers';

/** The panel showing one customer, as a pick (a PanelTarget) shows it. */
function panelFor(customerId: string, onPick: (id: string) => void = vi.fn()) {
  return (
    <PanelView
      subject={{ kind: 'customer', customerId, source: 'target', match: null, signal: null }}
      onPick={onPick}
      onLearned={vi.fn()}
    />
  );
}

describe('PanelView', () => {
  it('with no data at all, links to the welcome page to load the sample workspace', async () => {
    renderWithEnv(
      <PanelView subject={{ kind: 'none', signal: null }} onPick={vi.fn()} onLearned={vi.fn()} />,
    );
    const link = await screen.findByRole('link', { name: /load the sample workspace/ });
    expect(link).toHaveAttribute('href', 'chrome-extension://test/options.html#welcome');
    expect(
      screen.getByText(/Open a customer in your CRM, an email or a calendar event/),
    ).toBeVisible();
  });

  it('shows the customer’s goals in the same frame as the name, not one read later', async () => {
    const db = freshDb();
    await loadSampleWorkspace(db, NOW);
    const [first] = await listGoals(db, 'sample-northwind');
    // What the DOM held at the first change that showed the name.
    let goalWithName: boolean | null = null;
    const observer = new MutationObserver(() => {
      const text = document.body.textContent ?? '';
      if (goalWithName === null && text.includes('Northwind Logistics')) {
        goalWithName = text.includes(first!.statement);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    renderWithEnv(panelFor('sample-northwind'), makeEnv({ db }));
    await screen.findByRole('heading', { level: 1, name: 'Northwind Logistics' });
    await screen.findByText(first!.statement);
    observer.disconnect();
    expect(goalWithName).toBe(true);
  });

  it('shows the sample customer top to bottom, goals first, the overdue promise as an alert', async () => {
    const db = freshDb();
    await loadSampleWorkspace(db, NOW);
    renderWithEnv(panelFor('sample-northwind'), makeEnv({ db }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Northwind Logistics' }),
    ).toBeVisible();
    const main = screen.getByRole('main');
    // The sections below the fold mount a frame after the header and goals: wait for the last.
    await within(main).findByRole('heading', { level: 2, name: /^History/ });
    const titles = within(main)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent?.replace(/\s*\d+$/, ''));
    expect(titles).toEqual([
      'Goals',
      'This meeting',
      'Promises',
      'News to share',
      'Questions to ask',
      'Live notes',
      'History',
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Send the security review answers');
    // The banner comes before everything else in the main column.
    expect(main.firstElementChild).toBe(alert);
    expect(await screen.findByText('Onboarding pilot: week 4 check-in')).toBeVisible();
    expect(await screen.findByText('Discovery with Tom (training)')).toBeVisible();
    expect(
      await screen.findByText(/Training is shadowing-only/, { selector: '.history-summary' }),
    ).toBeVisible();
  });

  it('updates at once when another page changes the data', async () => {
    const db = freshDb();
    const c = await customers.create(db, { name: 'Initech' });
    renderWithEnv(panelFor(c.id), makeEnv({ db }));
    await screen.findByText(/No goals yet/);
    await goals.create(db, { customerId: c.id, statement: 'Pass the ISO audit' });
    expect(await screen.findByText('Pass the ISO audit')).toBeVisible();
    await deleteCustomer(db, c.id);
    expect(await screen.findByText(/That customer no longer exists/)).toBeVisible();
  });

  it('keyboard: ? opens the shortcuts, Esc closes them, / focuses the picker, N the note', async () => {
    const db = freshDb();
    const c = await customers.create(db, { name: 'Initech' });
    const user = userEvent.setup();
    renderWithEnv(panelFor(c.id), makeEnv({ db }));
    await screen.findByRole('heading', { level: 1, name: 'Initech' });
    await user.keyboard('?');
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(help).toHaveTextContent('Find a customer');
    expect(help).toHaveTextContent('Start a new note');
    expect(help).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Keyboard shortcuts' })).toHaveFocus();

    await user.keyboard('/');
    expect(screen.getByRole('combobox', { name: 'Find a customer' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.click(document.body);
    await user.keyboard('n');
    const note = await screen.findByLabelText('Note', { exact: true });
    await waitFor(() => expect(note).toHaveFocus());
    expect(note).toHaveValue('');
  });

  it('a call running past its scheduled end keeps its meeting and every keystroke in the note box', async () => {
    // Only the panel's "current time" tick is faked; the clock it reads is ours.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const db = freshDb();
      const c = await customers.create(db, { name: 'Initech' });
      const MIN = 60_000;
      const { meeting: call } = await createMeetingWithChecklist(
        db,
        {
          customerId: c.id,
          title: 'Pilot review',
          startsAt: NOW - 25 * MIN,
          endsAt: NOW + 5 * MIN,
        },
        [],
        () => NOW,
      );
      await createMeetingWithChecklist(
        db,
        { customerId: c.id, title: 'Quick sync', startsAt: NOW + DAY, endsAt: null },
        [],
        () => NOW,
      );
      await createMeetingWithChecklist(
        db,
        { customerId: c.id, title: 'Renewal talk', startsAt: NOW + 2 * DAY },
        [],
        () => NOW,
      );
      let clock = NOW;
      const user = userEvent.setup();
      renderWithEnv(panelFor(c.id), makeEnv({ db, now: () => clock }));
      const section = await screen.findByRole('region', { name: 'This meeting' });
      await within(section).findByText('Pilot review');
      // The sections below the fold mount a frame after the header and goals.
      const box = await screen.findByLabelText('Note', { exact: true });
      await user.type(box, 'They want Leeds');

      // The scheduled end passes mid-sentence (and the panel's clock ticks).
      clock = NOW + 20 * MIN;
      act(() => vi.advanceTimersByTime(30_000));
      await user.type(box, ' by March');

      expect(box).toHaveValue('They want Leeds by March');
      expect(within(section).getByText('Pilot review')).toBeVisible();
      await waitFor(async () =>
        expect(await db.notes.toArray()).toMatchObject([
          { meetingId: call.id, body: 'They want Leeds by March' },
        ]),
      );

      // Hours later, still the same meeting: only the seller switches it.
      clock = NOW + 3 * 60 * MIN;
      act(() => vi.advanceTimersByTime(30_000));
      await act(() => new Promise((r) => setTimeout(r, 20)));
      expect(within(section).getByText('Pilot review')).toBeVisible();
      expect(box).toHaveValue('They want Leeds by March');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a note without a meeting shows once, in History, whether or not a meeting is current', async () => {
    const db = freshDb();
    const c = await customers.create(db, { name: 'Initech' });
    await notes.create(db, { customerId: c.id, meetingId: null, body: 'Met at the fair' });
    const view = panelFor(c.id);
    renderWithEnv(view, makeEnv({ db }));
    const history = await screen.findByRole('region', { name: 'History' });
    expect(await within(history).findByText('Met at the fair')).toBeVisible();
    expect(screen.getAllByText('Met at the fair')).toHaveLength(1);

    await createMeetingWithChecklist(
      db,
      { customerId: c.id, title: 'Pilot review', startsAt: NOW + 60_000 },
      [],
      () => NOW,
    );
    await within(await screen.findByRole('region', { name: 'This meeting' })).findByText(
      'Pilot review',
    );
    expect(within(history).getByText('Met at the fair')).toBeVisible();
    expect(screen.getAllByText('Met at the fair')).toHaveLength(1);
  });

  it('switching customer with the picker calls onPick', async () => {
    const db = freshDb();
    const a = await customers.create(db, { name: 'Initech' });
    const b = await customers.create(db, { name: 'Globex Health' });
    const onPick = vi.fn();
    const user = userEvent.setup();
    renderWithEnv(panelFor(a.id, onPick), makeEnv({ db }));
    await screen.findByRole('heading', { level: 1, name: 'Initech' });
    await user.keyboard('/');
    await user.keyboard('glo');
    await screen.findByRole('option', { name: 'Globex Health' });
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith(b.id);
  });
});
