import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { GoalsSection } from '@/components/customer/GoalsSection';
import { goals, listGoals } from '@/lib/db/goals';
import { freshDb, makeCustomer, makeEnv, NOW, renderWithEnv } from './helpers';

async function setup(withGoals: string[] = []) {
  const db = freshDb();
  const customer = await makeCustomer(db);
  for (const [priority, statement] of withGoals.entries())
    await goals.create(db, { customerId: customer.id, statement, priority, status: 'open' });
  const user = userEvent.setup();
  renderWithEnv(<GoalsSection customerId={customer.id} now={NOW} />, makeEnv({ db }));
  return { db, customer, user };
}

describe('GoalsSection', () => {
  it('says what to do when there are no goals', async () => {
    await setup();
    expect(
      await screen.findByText(/No goals yet\. Ask what they want to accomplish/),
    ).toBeVisible();
  });

  it('adds a goal with why, measure, status, target date and progress', async () => {
    const { db, customer, user } = await setup();
    await user.click(await screen.findByRole('button', { name: '+ Add a goal' }));
    const form = screen.getByRole('form', { name: 'New goal' });
    await user.type(
      within(form).getByLabelText(/What they want to accomplish/),
      'Cut onboarding to 2 weeks',
    );
    await user.type(within(form).getByLabelText('Why it matters to them'), 'Peak season');
    await user.type(within(form).getByLabelText('How they measure it'), 'Weeks to solo shift');
    await user.selectOptions(within(form).getByLabelText('Status'), 'In progress');
    await user.clear(within(form).getByLabelText('Progress %'));
    await user.type(within(form).getByLabelText('Progress %'), '40');
    await user.type(within(form).getByLabelText('Target date'), '2027-03-01');
    await user.click(within(form).getByRole('button', { name: 'Add goal' }));

    expect(
      await screen.findByText('Cut onboarding to 2 weeks', { selector: '.goal-statement' }),
    ).toBeVisible();
    const [goal] = await listGoals(db, customer.id);
    expect(goal).toMatchObject({
      statement: 'Cut onboarding to 2 weeks',
      why: 'Peak season',
      measure: 'Weeks to solo shift',
      status: 'in_progress',
      progress: 40,
    });
    expect(new Date(goal!.targetDate!).getDate()).toBe(1);
    expect(screen.queryByRole('form', { name: 'New goal' })).toBeNull();
  });

  it('shows a validation error beside the field and keeps the draft', async () => {
    const { db, customer, user } = await setup();
    await user.click(await screen.findByRole('button', { name: '+ Add a goal' }));
    const form = screen.getByRole('form', { name: 'New goal' });
    await user.type(within(form).getByLabelText('Why it matters to them'), 'They are growing');
    await user.clear(within(form).getByLabelText('Progress %'));
    await user.type(within(form).getByLabelText('Progress %'), '150');
    await user.click(within(form).getByRole('button', { name: 'Add goal' }));

    const statement = within(form).getByLabelText(/What they want to accomplish/);
    expect(await within(form).findByText('Goal is required')).toBeVisible();
    expect(statement).toHaveAttribute('aria-invalid', 'true');
    expect(statement).toHaveAccessibleDescription('Goal is required');
    expect(within(form).getByLabelText('Progress %')).toHaveAttribute('aria-invalid', 'true');
    // Nothing typed is lost, nothing was written.
    expect(within(form).getByLabelText('Why it matters to them')).toHaveValue('They are growing');
    expect(await listGoals(db, customer.id)).toEqual([]);

    await user.type(statement, 'Open Leeds');
    await user.clear(within(form).getByLabelText('Progress %'));
    await user.type(within(form).getByLabelText('Progress %'), '10');
    await user.click(within(form).getByRole('button', { name: 'Add goal' }));
    expect(await screen.findByText('Open Leeds', { selector: '.goal-statement' })).toBeVisible();
  });

  it('edits a goal inline', async () => {
    const { db, customer, user } = await setup(['Open Leeds']);
    await user.click(await screen.findByRole('button', { name: 'Edit goal: Open Leeds' }));
    const form = screen.getByRole('form', { name: 'Edit goal' });
    const statement = within(form).getByLabelText(/What they want to accomplish/);
    expect(statement).toHaveValue('Open Leeds');
    await user.clear(statement);
    await user.type(statement, 'Open Leeds without new office staff');
    await user.click(within(form).getByRole('button', { name: 'Save goal' }));
    expect(
      await screen.findByText('Open Leeds without new office staff', {
        selector: '.goal-statement',
      }),
    ).toBeVisible();
    expect((await listGoals(db, customer.id))[0]!.statement).toBe(
      'Open Leeds without new office staff',
    );
  });

  it('marks a goal achieved', async () => {
    const { db, customer, user } = await setup(['Open Leeds']);
    await user.click(await screen.findByRole('button', { name: 'Mark achieved: Open Leeds' }));
    await waitFor(async () =>
      expect((await listGoals(db, customer.id))[0]).toMatchObject({
        status: 'achieved',
        progress: 100,
      }),
    );
    expect(await screen.findByText('Achieved')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Mark achieved: Open Leeds' })).toBeNull();
  });

  it('reorders by keyboard with move up/down, keeping focus on the moved goal', async () => {
    const { db, customer, user } = await setup(['First', 'Second', 'Third']);
    const down = await screen.findByRole('button', { name: 'Move down: First' });
    expect(screen.getByRole('button', { name: 'Move up: First' })).toBeDisabled();
    down.focus();
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect((await listGoals(db, customer.id)).map((g) => g.statement)).toEqual([
        'Second',
        'First',
        'Third',
      ]),
    );
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Move down: First' })).toHaveFocus(),
    );
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect((await listGoals(db, customer.id)).map((g) => g.statement)).toEqual([
        'Second',
        'Third',
        'First',
      ]),
    );
    // At the bottom "down" is disabled: focus moves to "up" of the same goal.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Move up: First' })).toHaveFocus(),
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.goal-statement')?.textContent)).toEqual([
      'Second',
      'Third',
      'First',
    ]);
  });
});
