import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FollowUpEditor } from '@/components/followup/FollowUpEditor';
import { MeetingSummary } from '@/components/followup/MeetingSummary';
import { commitments } from '@/lib/db/commitments';
import { contacts } from '@/lib/db/contacts';
import { customers } from '@/lib/db/customers';
import { createMeetingWithChecklist } from '@/lib/db/meetings';
import type { DraftStorage } from '@/lib/forms/note-autosave';
import { shortDate } from '@/lib/format/dates';
import { DAY, freshDb, NOW } from '../panel/helpers';

function memoryStorage(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

async function world() {
  const db = freshDb();
  const c = await customers.create(db, { name: 'Northwind Logistics' }, () => NOW - 90 * DAY);
  await contacts.create(db, {
    customerId: c.id,
    name: 'Maya Lindqvist',
    emails: ['maya@nw.example'],
  });
  const { meeting } = await createMeetingWithChecklist(
    db,
    { customerId: c.id, title: 'Pilot check-in', startsAt: NOW - 60 * 60_000 },
    [],
    () => NOW - DAY,
  );
  await commitments.create(db, {
    customerId: c.id,
    meetingId: meeting.id,
    text: 'Send the Leeds rollout plan',
    owner: 'us',
    dueAt: NOW + 2 * DAY,
  });
  return { db, meeting };
}

/** The button, once the meeting it drafts from has loaded (disabled until then). */
async function writeButton() {
  const button = await screen.findByRole('button', { name: 'Write the follow-up' });
  await waitFor(() => expect(button).toBeEnabled());
  return button;
}

describe('the follow-up editor', () => {
  it('drafts the email, keeps every edit, copies it, opens it as mailto and marks it sent', async () => {
    const { db, meeting } = await world();
    const storage = memoryStorage();
    const copy = vi.fn(async () => undefined);
    const user = userEvent.setup();
    const view = render(
      <FollowUpEditor db={db} meeting={meeting} clock={() => NOW} storage={storage} copy={copy} />,
    );
    await user.click(await writeButton());
    const box = await screen.findByLabelText('Follow-up email');
    expect((box as HTMLTextAreaElement).value).toContain(
      `- Send the Leeds rollout plan, by ${shortDate(NOW + 2 * DAY, NOW)}`,
    );
    expect(screen.getByText('maya@nw.example')).toBeVisible();

    await user.type(box, 'P.S. see you in Leeds');
    // Closed mid-edit and opened again: the draft is as it was left.
    view.unmount();
    render(
      <FollowUpEditor db={db} meeting={meeting} clock={() => NOW} storage={storage} copy={copy} />,
    );
    const again = await screen.findByLabelText('Follow-up email');
    expect((again as HTMLTextAreaElement).value).toMatch(/P\.S\. see you in Leeds$/);

    await user.click(screen.getByRole('button', { name: 'Copy to clipboard' }));
    expect(copy).toHaveBeenCalledWith(expect.stringMatching(/P\.S\. see you in Leeds$/));
    expect(await screen.findByText('Copied to the clipboard.')).toBeVisible();
    const mail = screen.getByRole('link', { name: 'Open in your mail app' });
    expect(mail.getAttribute('href')).toMatch(
      /^mailto:maya@nw\.example\?subject=Following%20up%3A%20Pilot%20check-in&body=Hi%20Maya%2C/,
    );

    await user.click(screen.getByRole('button', { name: 'Mark as sent' }));
    await waitFor(async () =>
      expect((await db.meetings.get(meeting.id))?.followUpSentAt).toBe(NOW),
    );
    expect(storage.map.size).toBe(0);
    expect(screen.getByRole('button', { name: 'Write the follow-up' })).toBeVisible();
  });

  it('says so when the browser refuses the clipboard', async () => {
    const { db, meeting } = await world();
    const user = userEvent.setup();
    render(
      <FollowUpEditor
        db={db}
        meeting={meeting}
        clock={() => NOW}
        storage={memoryStorage()}
        copy={async () => Promise.reject(new Error('denied'))}
      />,
    );
    await user.click(await writeButton());
    await user.click(await screen.findByRole('button', { name: 'Copy to clipboard' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/copy it by hand/);
  });
});

describe('the meeting summary', () => {
  it('is saved when the field is left', async () => {
    const { db, meeting } = await world();
    const user = userEvent.setup();
    render(<MeetingSummary db={db} meeting={meeting} clock={() => NOW} />);
    await user.type(screen.getByLabelText('Summary and outcome'), 'Leeds goes live in March.');
    await user.tab();
    await waitFor(async () =>
      expect((await db.meetings.get(meeting.id))?.summary).toBe('Leeds goes live in March.'),
    );
    expect(await screen.findByText('Saved')).toBeVisible();
  });
});
