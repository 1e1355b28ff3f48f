import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PromiseForm } from '@/components/customer/PromiseForm';
import { commitments } from '@/lib/db/commitments';
import { freshDb, makeCustomer, makeEnv as makePanelEnv, renderWithEnv } from '../panel/helpers';
import { makeEnv, makeWorld, renderPopup } from './helpers';

afterEach(() => localStorage.clear());

describe('a date in the past is asked about, never taken silently', () => {
  it('Add a meeting in 2020 asks, adds nothing until kept, and adds it when kept', async () => {
    const w = await makeWorld();
    const user = userEvent.setup();
    renderPopup(makeEnv(w.db));
    await user.click(await screen.findByRole('button', { name: 'Add a meeting' }));
    const form = screen.getByRole('form', { name: 'Add a meeting' });
    await user.type(within(form).getByLabelText('Find customer'), 'glob');
    await waitFor(() => expect(within(form).getByLabelText('Customer')).toHaveValue(w.globex.id));
    await user.type(within(form).getByLabelText(/^Title/), 'Old kick-off');
    fireEvent.change(within(form).getByLabelText('Date'), { target: { value: '2020-01-15' } });
    const before = await w.db.meetings.count();
    await user.click(within(form).getByRole('button', { name: 'Add meeting' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'This date is in the past — keep it?',
    );
    expect(await w.db.meetings.count()).toBe(before);
    await user.click(within(form).getByRole('button', { name: 'Keep it' }));
    await waitFor(async () => expect(await w.db.meetings.count()).toBe(before + 1));
    const added = (await w.db.meetings.toArray()).find((m) => m.title === 'Old kick-off')!;
    expect(new Date(added.startsAt).getFullYear()).toBe(2020);
  });

  it('a promise due in the past asks first; "Change the date" keeps the form as typed', async () => {
    const db = freshDb();
    const customer = await makeCustomer(db);
    const user = userEvent.setup();
    renderWithEnv(<PromiseForm customerId={customer.id} meetingId={null} />, makePanelEnv({ db }));
    await user.type(screen.getByLabelText('New promise'), 'Send the floor plans');
    fireEvent.change(screen.getByLabelText('Due', { exact: true }), {
      target: { value: '2020-01-15' },
    });
    await user.click(screen.getByRole('button', { name: 'Add promise' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This date is in the past');
    await user.click(screen.getByRole('button', { name: 'Change the date' }));
    expect(screen.getByLabelText('New promise')).toHaveValue('Send the floor plans');
    expect(await db.commitments.count()).toBe(0);
    fireEvent.change(screen.getByLabelText('Due', { exact: true }), { target: { value: '' } });
    await user.click(screen.getByRole('button', { name: 'Add promise' }));
    await waitFor(async () => expect(await db.commitments.count()).toBe(1));
    expect((await commitments.get(db, (await db.commitments.toArray())[0]!.id))?.dueAt).toBeNull();
  });
});
