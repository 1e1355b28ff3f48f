import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HistorySection } from '@/components/panel/HistorySection';
import { meetings } from '@/lib/db/meetings';
import { freshDb, makeCustomer, makeEnv, NOW, renderWithEnv, DAY } from '../panel/helpers';

describe('on time / late on a held meeting', () => {
  it('is on time by default, and one tap marks it late (and back)', async () => {
    const db = freshDb();
    const customer = await makeCustomer(db);
    const m = await meetings.create(db, {
      customerId: customer.id,
      title: 'Pilot check-in',
      startsAt: NOW - DAY,
      status: 'done',
    });
    const user = userEvent.setup();
    renderWithEnv(
      <HistorySection customerId={customer.id} currentMeetingId={null} now={NOW} />,
      makeEnv({ db }),
    );
    expect(await screen.findByText('You were on time.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'I was late' }));
    await waitFor(async () => expect((await db.meetings.get(m.id))?.onTime).toBe(false));
    expect(await screen.findByText('You were late.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'I was on time' }));
    await waitFor(async () => expect((await db.meetings.get(m.id))?.onTime).toBe(true));
  });
});
