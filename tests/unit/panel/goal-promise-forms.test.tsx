import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { GoalsSection } from '@/components/customer/GoalsSection';
import { PromisesSection } from '@/components/customer/PromisesSection';
import { goals } from '@/lib/db/goals';
import { freshDb, makeCustomer, makeEnv, NOW, renderWithEnv } from './helpers';

afterEach(() => localStorage.clear());

async function world() {
  const db = freshDb();
  const customer = await makeCustomer(db);
  return { db, customer, env: makeEnv({ db }), user: userEvent.setup() };
}

describe('the goal form', () => {
  it('saving an edit keeps a "Mark achieved" made in another panel, and says so', async () => {
    const { db, customer, env, user } = await world();
    const goal = await goals.create(db, {
      customerId: customer.id,
      statement: 'Cut onboarding to 2 weeks',
      priority: 0,
      progress: 40,
    });
    renderWithEnv(<GoalsSection customerId={customer.id} now={NOW} />, env);
    await user.click(
      await screen.findByRole('button', { name: 'Edit goal: Cut onboarding to 2 weeks' }),
    );
    const form = screen.getByRole('form', { name: 'Edit goal' });
    await user.type(within(form).getByLabelText('Why it matters to them'), 'Peak season');

    // Another panel (or the workspace) marks the goal achieved meanwhile.
    await goals.update(db, goal.id, { status: 'achieved', progress: 100 }, () => NOW);
    expect(await within(form).findByRole('status')).toHaveTextContent(
      'Changed elsewhere meanwhile: status is now Achieved; progress is now 100%.',
    );
    expect(within(form).getByLabelText('Why it matters to them')).toHaveValue('Peak season');
    expect(within(form).getByLabelText('Status')).toHaveValue('achieved');

    await user.click(within(form).getByRole('button', { name: 'Save goal' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit goal' })).toBeNull());
    expect(await db.goals.get(goal.id)).toMatchObject({
      statement: 'Cut onboarding to 2 weeks',
      why: 'Peak season',
      status: 'achieved',
      progress: 100,
    });
  });

  it('keeps what the seller typed in the field that changed elsewhere, and says Save keeps it', async () => {
    const { db, customer, env, user } = await world();
    const goal = await goals.create(db, {
      customerId: customer.id,
      statement: 'Go live',
      priority: 0,
    });
    renderWithEnv(<GoalsSection customerId={customer.id} now={NOW} />, env);
    await user.click(await screen.findByRole('button', { name: 'Edit goal: Go live' }));
    const form = screen.getByRole('form', { name: 'Edit goal' });
    await user.type(within(form).getByLabelText('How they measure it'), 'Sites live');
    await goals.update(db, goal.id, { measure: 'Stores open' }, () => NOW);
    expect(await within(form).findByRole('status')).toHaveTextContent(
      'Changed elsewhere meanwhile: measure is now “Stores open” (Save keeps what you typed).',
    );
    expect(within(form).getByLabelText('How they measure it')).toHaveValue('Sites live');
  });

  it('a new goal’s draft comes back when the panel opens again, and goes on Cancel', async () => {
    const { customer, env, user } = await world();
    const first = renderWithEnv(<GoalsSection customerId={customer.id} now={NOW} />, env);
    await user.click(await screen.findByRole('button', { name: '+ Add a goal' }));
    await user.type(screen.getByLabelText(/What they want to accomplish/), 'Open Leeds by March');
    first.unmount();

    const second = renderWithEnv(<GoalsSection customerId={customer.id} now={NOW} />, env);
    await user.click(await screen.findByRole('button', { name: '+ Add a goal' }));
    expect(screen.getByLabelText(/What they want to accomplish/)).toHaveValue(
      'Open Leeds by March',
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    second.unmount();

    renderWithEnv(<GoalsSection customerId={customer.id} now={NOW} />, env);
    await user.click(await screen.findByRole('button', { name: '+ Add a goal' }));
    expect(screen.getByLabelText(/What they want to accomplish/)).toHaveValue('');
  });

  it('an edit’s draft comes back when Edit is opened again', async () => {
    const { db, customer, env, user } = await world();
    await goals.create(db, { customerId: customer.id, statement: 'Go live', priority: 0 });
    const first = renderWithEnv(<GoalsSection customerId={customer.id} now={NOW} />, env);
    await user.click(await screen.findByRole('button', { name: 'Edit goal: Go live' }));
    await user.type(screen.getByLabelText('Why it matters to them'), 'Board deadline');
    first.unmount();

    renderWithEnv(<GoalsSection customerId={customer.id} now={NOW} />, env);
    await user.click(await screen.findByRole('button', { name: 'Edit goal: Go live' }));
    expect(screen.getByLabelText('Why it matters to them')).toHaveValue('Board deadline');
  });
});

describe('the promise form', () => {
  it('keeps the draft when the panel closes, and forgets it once added', async () => {
    const { db, customer, env, user } = await world();
    const first = renderWithEnv(
      <PromisesSection customerId={customer.id} meetingId={null} now={NOW} />,
      env,
    );
    await user.type(await screen.findByLabelText('New promise'), 'Send the pilot report');
    await user.click(screen.getByLabelText('They did'));
    first.unmount();

    const second = renderWithEnv(
      <PromisesSection customerId={customer.id} meetingId={null} now={NOW} />,
      env,
    );
    expect(await screen.findByLabelText('New promise')).toHaveValue('Send the pilot report');
    expect(screen.getByLabelText('They did')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Add promise' }));
    await waitFor(async () => expect(await db.commitments.count()).toBe(1));
    expect(screen.getByLabelText('New promise')).toHaveValue('');
    second.unmount();

    renderWithEnv(<PromisesSection customerId={customer.id} meetingId={null} now={NOW} />, env);
    expect(await screen.findByLabelText('New promise')).toHaveValue('');
    expect((await db.commitments.toArray())[0]).toMatchObject({
      text: 'Send the pilot report',
      owner: 'them',
    });
  });
});
