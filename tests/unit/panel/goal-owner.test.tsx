import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GoalsSection } from '@/components/customer/GoalsSection';
import { contacts } from '@/lib/db/contacts';
import { goals, listGoals } from '@/lib/db/goals';
import { freshDb, makeCustomer, makeEnv, NOW, renderWithEnv } from './helpers';

async function setup() {
  const db = freshDb();
  const customer = await makeCustomer(db);
  const maya = await contacts.create(db, { customerId: customer.id, name: 'Maya Lindqvist' });
  await contacts.create(db, { customerId: customer.id, name: 'Tom Okafor' });
  const user = userEvent.setup();
  renderWithEnv(<GoalsSection customerId={customer.id} now={NOW} />, makeEnv({ db }));
  return { db, customer, maya, user };
}

describe('a goal of one person at the account', () => {
  it('is added for a contact chosen in the form and shown as theirs', async () => {
    const { db, customer, maya, user } = await setup();
    await user.click(await screen.findByRole('button', { name: '+ Add a goal' }));
    const form = screen.getByRole('form', { name: 'New goal' });
    await user.type(within(form).getByLabelText(/What they want to accomplish/), 'Get promoted');
    const whose = within(form).getByLabelText('Whose goal');
    await waitFor(() => expect(within(whose).getByText('Maya Lindqvist')).toBeInTheDocument());
    await user.selectOptions(whose, 'Maya Lindqvist');
    await user.click(within(form).getByRole('button', { name: 'Add goal' }));

    expect(await screen.findByText('Maya Lindqvist’s goal')).toBeVisible();
    const [goal] = await listGoals(db, customer.id);
    expect(goal).toMatchObject({ statement: 'Get promoted', contactId: maya.id });
  });

  it('goes back to the whole account when edited so', async () => {
    const { db, customer, maya, user } = await setup();
    const goal = await goals.create(db, {
      customerId: customer.id,
      statement: 'Get promoted',
      contactId: maya.id,
    });
    expect(await screen.findByText('Maya Lindqvist’s goal')).toBeVisible();
    await user.click(screen.getByRole('button', { name: /Edit/ }));
    const form = screen.getByRole('form', { name: 'Edit goal' });
    expect(within(form).getByLabelText('Whose goal')).toHaveValue(maya.id);
    await user.selectOptions(within(form).getByLabelText('Whose goal'), 'The whole account');
    await user.click(within(form).getByRole('button', { name: 'Save goal' }));

    await waitFor(async () => expect((await goals.get(db, goal.id))?.contactId).toBeUndefined());
    // The list shows what the live query brings back after the save.
    await waitFor(() => expect(screen.queryByText('Maya Lindqvist’s goal')).toBeNull());
  });
});
