import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PlanMeeting } from '@/components/panel/PlanMeeting';
import { listCustomerMeetings } from '@/lib/db/meetings';
import { freshDb, makeCustomer, makeEnv, NOW, renderWithEnv } from './helpers';

async function setup() {
  const db = freshDb();
  const customer = await makeCustomer(db);
  renderWithEnv(<PlanMeeting customer={customer} meetings={[]} />, makeEnv({ db }));
  await screen.findByRole('combobox', { name: 'Checklist template' });
  return { db, customer, user: userEvent.setup() };
}

const local = (ms: number) => {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
};

describe('Plan a meeting in the side panel', () => {
  it('asks when, showing now, and plans at the time the seller sets', async () => {
    const { db, customer, user } = await setup();
    const date = screen.getByLabelText('Date');
    const time = screen.getByLabelText('Time');
    expect(date).toHaveValue(local(NOW).date);
    expect(time).toHaveValue(local(NOW).time);

    const later = new Date(NOW);
    later.setDate(later.getDate() + 2);
    later.setHours(15, 30, 0, 0);
    fireEvent.change(date, { target: { value: local(later.getTime()).date } });
    fireEvent.change(time, { target: { value: '15:30' } });
    await user.click(screen.getByRole('button', { name: 'Plan a meeting' }));
    await waitFor(async () => expect(await listCustomerMeetings(db, customer.id)).toHaveLength(1));
    expect((await listCustomerMeetings(db, customer.id))[0]!.startsAt).toBe(later.getTime());
  });

  it('asks before planning on a day in the past, and plans it only when kept', async () => {
    const { db, customer, user } = await setup();
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2020-01-15' } });
    await user.click(screen.getByRole('button', { name: 'Plan a meeting' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This date is in the past — keep it?',
    );
    expect(await listCustomerMeetings(db, customer.id)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Change the date' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Plan a meeting' }));
    await user.click(await screen.findByRole('button', { name: 'Keep it' }));
    await waitFor(async () => expect(await listCustomerMeetings(db, customer.id)).toHaveLength(1));
    expect(new Date((await listCustomerMeetings(db, customer.id))[0]!.startsAt).getFullYear()).toBe(
      2020,
    );
  });

  it('says what is wrong with a time it cannot read', async () => {
    const { db, customer, user } = await setup();
    fireEvent.change(screen.getByLabelText('Time'), { target: { value: '' } });
    await user.click(screen.getByRole('button', { name: 'Plan a meeting' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Pick a date and a time.');
    expect(await listCustomerMeetings(db, customer.id)).toHaveLength(0);
  });
});
