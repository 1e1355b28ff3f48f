import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AgendaEditor } from '@/components/panel/AgendaEditor';
import { createMeetingWithChecklist, meetings } from '@/lib/db/meetings';
import type { Meeting } from '@/lib/db/models';
import type { CallprepDB } from '@/lib/db/schema';
import { agendaDraftKey } from '@/lib/session/keys';
import { freshDb, makeCustomer, makeEnv, NOW, renderWithEnv } from './helpers';

const DRAFT_KEY = agendaDraftKey;

async function setup(agenda = '') {
  const db = freshDb();
  const customer = await makeCustomer(db);
  const { meeting } = await createMeetingWithChecklist(
    db,
    { customerId: customer.id, title: 'Pilot check-in', startsAt: NOW + 3_600_000, agenda },
    [],
    () => NOW,
  );
  return { db, meeting, env: makeEnv({ db }) };
}

const agendaOf = async (db: CallprepDB, m: Meeting) => (await meetings.get(db, m.id))?.agenda;

/** Lets IndexedDB work while the clock stands still (only setTimeout is faked). */
async function settle(db: CallprepDB, m: Meeting, expected: string) {
  for (let i = 0; i < 200 && (await agendaOf(db, m)) !== expected; i++) {
    await act(() => new Promise((r) => setImmediate(r)));
  }
  return agendaOf(db, m);
}

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
});

describe('AgendaEditor', () => {
  it('closing the panel mid-sentence (pagehide) saves the agenda at once, not after the pause', async () => {
    const { db, meeting, env } = await setup();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    renderWithEnv(<AgendaEditor meeting={meeting} />, env);
    fireEvent.change(screen.getByLabelText('Agenda'), { target: { value: '1. Pilot numbers' } });
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(await settle(db, meeting, '1. Pilot numbers')).toBe('1. Pilot numbers');
  });

  it('hiding the panel saves the agenda at once', async () => {
    const { db, meeting, env } = await setup();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    renderWithEnv(<AgendaEditor meeting={meeting} />, env);
    fireEvent.change(screen.getByLabelText('Agenda'), { target: { value: '2. Leeds' } });
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await settle(db, meeting, '2. Leeds')).toBe('2. Leeds');
  });

  it('keeps every keystroke in a synchronous draft, and the next open writes what the page could not', async () => {
    const { db, meeting, env } = await setup('1. Intro');
    const first = renderWithEnv(<AgendaEditor meeting={meeting} />, env);
    fireEvent.change(screen.getByLabelText('Agenda'), {
      target: { value: '1. Intro\n2. Pricing' },
    });
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY(meeting.id))!)).toMatchObject({
      body: '1. Intro\n2. Pricing',
    });
    // The panel dies before IndexedDB has it: simulate by undoing what the flush wrote.
    first.unmount();
    await waitFor(async () => expect(await agendaOf(db, meeting)).toBe('1. Intro\n2. Pricing'));
    await meetings.update(db, meeting.id, { agenda: '1. Intro' }, () => NOW);
    localStorage.setItem(
      DRAFT_KEY(meeting.id),
      JSON.stringify({ noteId: meeting.id, body: '1. Intro\n2. Pricing' }),
    );

    renderWithEnv(<AgendaEditor meeting={{ ...meeting, agenda: '1. Intro' }} />, env);
    expect(screen.getByLabelText('Agenda')).toHaveValue('1. Intro\n2. Pricing');
    await waitFor(async () => expect(await agendaOf(db, meeting)).toBe('1. Intro\n2. Pricing'));
    await waitFor(() => expect(localStorage.getItem(DRAFT_KEY(meeting.id))).toBeNull());
  });

  it('follows a change made elsewhere when nothing typed here is unsaved', async () => {
    const { meeting, env } = await setup('Old agenda');
    const { rerender } = renderWithEnv(<AgendaEditor meeting={meeting} />, env);
    rerender(<AgendaEditor meeting={{ ...meeting, agenda: 'From the popup' }} />);
    expect(screen.getByLabelText('Agenda')).toHaveValue('From the popup');
  });
});
