import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveNotes } from '@/components/panel/LiveNotes';
import { noteDraftKey } from '@/lib/session/keys';
import { freshDb, makeEnv, renderWithEnv } from './helpers';

afterEach(() => localStorage.clear());

const customerId = crypto.randomUUID();
const key = noteDraftKey(customerId, null);

describe('a note draft is written to at most one note', () => {
  it('a panel closed mid-write leaves a draft that the next open writes to the same note', async () => {
    const db = freshDb();
    const env = makeEnv({ db });
    const user = userEvent.setup();
    const first = renderWithEnv(
      <LiveNotes customerId={customerId} meetingId={null} debounceMs={60_000} />,
      env,
    );
    await user.type(screen.getByLabelText('Note', { exact: true }), 'Budget signed off');
    // The panel closes: pagehide starts the write, and the page is gone before the write
    // reports back, so the draft is never forgotten (what is left is what was kept last).
    const left = localStorage.getItem(key);
    expect(left).not.toBeNull();
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await waitFor(async () => expect(await db.notes.count()).toBe(1));
    first.unmount();
    localStorage.setItem(key, left!);

    renderWithEnv(<LiveNotes customerId={customerId} meetingId={null} />, env);
    expect(screen.getByLabelText('Note', { exact: true })).toHaveValue('Budget signed off');
    await waitFor(() => expect(localStorage.getItem(key)).toBeNull());
    const rows = await db.notes.toArray();
    expect(rows.map((n) => n.body)).toEqual(['Budget signed off']);
  });

  it('a full disk is said in words, with what to do, and the text stays', async () => {
    const db = freshDb();
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(db.notes, 'put').mockRejectedValue(quota);
    vi.spyOn(db.notes, 'add').mockRejectedValue(quota);
    const user = userEvent.setup();
    renderWithEnv(<LiveNotes customerId={customerId} meetingId={null} />, makeEnv({ db }));
    await user.type(screen.getByLabelText('Note', { exact: true }), 'Wants SSO');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The browser has no room left for Callprep’s data, so this note is not saved yet (it is kept here). Free some disk space and try again; export a backup from the workspace (Import / export) to be safe.',
    );
    expect(alert).not.toHaveTextContent('QuotaExceededError');
    expect(screen.getByLabelText('Note', { exact: true })).toHaveValue('Wants SSO');
  });
});
