import { waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MeetingSection } from '@/components/panel/MeetingSection';
import { createMeetingWithChecklist } from '@/lib/db/meetings';
import { freshDb, makeCustomer, makeEnv, NOW, renderWithEnv } from '../panel/helpers';
import { MINUTE } from '../clock';

async function shown(startsIn: number) {
  const db = freshDb();
  const customer = await makeCustomer(db);
  const { meeting } = await createMeetingWithChecklist(
    db,
    { customerId: customer.id, title: 'Pilot check-in', startsAt: NOW + startsIn },
    [{ text: 'Laptop charged', section: '', required: true, weight: 1, rule: null }],
    () => NOW - 60 * MINUTE,
  );
  renderWithEnv(
    <MeetingSection
      customer={customer}
      meeting={meeting}
      meetings={[meeting]}
      now={NOW}
      onFix={vi.fn()}
    />,
    makeEnv({ db }),
  );
  return { db, meeting };
}

describe('the side panel showing a meeting', () => {
  it('after its start records readiness then', async () => {
    const { db, meeting } = await shown(-3 * MINUTE);
    await waitFor(async () =>
      expect((await db.meetings.get(meeting.id))?.readinessAtStart).toEqual({
        percent: 0,
        ready: false,
        at: NOW,
      }),
    );
  });

  it('before its start records nothing', async () => {
    const { db, meeting } = await shown(10 * MINUTE);
    await new Promise((r) => setTimeout(r, 100));
    expect((await db.meetings.get(meeting.id))?.readinessAtStart).toBeUndefined();
  });
});
