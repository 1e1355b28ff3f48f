import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveNotes } from '@/components/panel/LiveNotes';
import { notes } from '@/lib/db/notes';
import { noteDraftKey } from '@/lib/session/keys';
import { freshDb, makeCustomer, makeEnv, NOW, renderWithEnv } from './helpers';

async function setup() {
  const db = freshDb();
  const customer = await makeCustomer(db);
  return { db, customer, env: makeEnv({ db }), user: userEvent.setup() };
}

const bodies = async (db: ReturnType<typeof freshDb>) =>
  (await db.notes.orderBy('createdAt').toArray()).map((n) => n.body);

afterEach(() => {
  localStorage.clear();
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
});

describe('LiveNotes', () => {
  it('saves as you type, once, attached to the meeting', async () => {
    const { db, customer, env, user } = await setup();
    renderWithEnv(<LiveNotes customerId={customer.id} meetingId="m1" />, env);
    await user.type(screen.getByLabelText('Note', { exact: true }), 'Maya wants Leeds by March');
    await waitFor(async () => expect(await bodies(db)).toEqual(['Maya wants Leeds by March']));
    const [note] = await db.notes.toArray();
    expect(note).toMatchObject({ customerId: customer.id, meetingId: 'm1', createdAt: NOW });
    expect(await screen.findByText(/^Saved/)).toBeVisible();
  });

  it('flushes on unmount: closing the panel mid-sentence loses nothing', async () => {
    const { db, customer, env, user } = await setup();
    const { unmount } = renderWithEnv(
      <LiveNotes customerId={customer.id} meetingId={null} debounceMs={60_000} />,
      env,
    );
    await user.type(screen.getByLabelText('Note', { exact: true }), 'Half a thought');
    expect(await bodies(db)).toEqual([]);
    unmount();
    await waitFor(async () => expect(await bodies(db)).toEqual(['Half a thought']));
  });

  it('flushes when the panel is hidden', async () => {
    const { db, customer, env, user } = await setup();
    renderWithEnv(<LiveNotes customerId={customer.id} meetingId={null} debounceMs={60_000} />, env);
    await user.type(screen.getByLabelText('Note', { exact: true }), 'Before the tab switch');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await waitFor(async () => expect(await bodies(db)).toEqual(['Before the tab switch']));
  });

  it('flushes on pagehide', async () => {
    const { db, customer, env, user } = await setup();
    renderWithEnv(<LiveNotes customerId={customer.id} meetingId={null} debounceMs={60_000} />, env);
    await user.type(screen.getByLabelText('Note', { exact: true }), 'Closing now');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await waitFor(async () => expect(await bodies(db)).toEqual(['Closing now']));
  });

  it('keeps every keystroke in a synchronous backup, and writes it on the next open', async () => {
    const { db, customer, env, user } = await setup();
    const first = renderWithEnv(
      <LiveNotes customerId={customer.id} meetingId="m1" debounceMs={60_000} />,
      env,
    );
    await user.type(screen.getByLabelText('Note', { exact: true }), 'Typed just before close');
    const key = noteDraftKey(customer.id, 'm1');
    expect(JSON.parse(localStorage.getItem(key)!)).toMatchObject({
      body: 'Typed just before close',
    });
    // The page dies before IndexedDB is written: simulate by wiping what a flush wrote.
    first.unmount();
    await waitFor(async () => expect((await bodies(db)).length).toBe(1));
    await db.notes.clear();
    localStorage.setItem(key, JSON.stringify({ noteId: null, body: 'Typed just before close' }));

    renderWithEnv(<LiveNotes customerId={customer.id} meetingId="m1" />, env);
    expect(screen.getByLabelText('Note', { exact: true })).toHaveValue('Typed just before close');
    await waitFor(async () => expect(await bodies(db)).toEqual(['Typed just before close']));
    await waitFor(() => expect(localStorage.getItem(key)).toBeNull());
  });

  it('Ctrl+Enter (or Cmd+Enter) starts a new note; earlier ones are listed with their time', async () => {
    const { db, customer, env, user } = await setup();
    renderWithEnv(<LiveNotes customerId={customer.id} meetingId="m1" />, env);
    const box = screen.getByLabelText('Note', { exact: true });
    await user.type(box, 'First point');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(box).toHaveValue('');
    await user.type(box, 'Second point');
    await user.keyboard('{Meta>}{Enter}{/Meta}');
    await user.type(box, 'Third');
    await waitFor(async () =>
      expect((await bodies(db)).sort()).toEqual(['First point', 'Second point', 'Third']),
    );
    const list = await screen.findByRole('list', { name: 'Notes of this meeting' });
    await waitFor(() => expect(list).toHaveTextContent('Second point'));
    expect(list).toHaveTextContent('First point');
    expect(list).not.toHaveTextContent('Third');
    expect(list.querySelectorAll('time')).toHaveLength(2);
  });

  it("lists this meeting's earlier notes, not other meetings'", async () => {
    const { db, customer, env } = await setup();
    await notes.create(db, { customerId: customer.id, meetingId: 'm1', body: 'From this call' });
    await notes.create(db, { customerId: customer.id, meetingId: 'm0', body: 'Last month' });
    renderWithEnv(<LiveNotes customerId={customer.id} meetingId="m1" />, env);
    expect(await screen.findByText('From this call')).toBeVisible();
    expect(screen.queryByText('Last month')).toBeNull();
  });
});
