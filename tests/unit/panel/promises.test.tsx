import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OverdueBanner } from '@/components/panel/OverdueBanner';
import { PromisesSection } from '@/components/customer/PromisesSection';
import { commitments, listCommitments } from '@/lib/db/commitments';
import { DAY, freshDb, makeCustomer, makeEnv, NOW, renderWithEnv } from './helpers';

async function setup() {
  const db = freshDb();
  const customer = await makeCustomer(db);
  const add = (text: string, owner: 'us' | 'them', dueAt: number | null) =>
    commitments.create(db, { customerId: customer.id, text, owner, dueAt }, () => NOW - DAY * 5);
  return { db, customer, add, user: userEvent.setup(), env: makeEnv({ db }) };
}

describe('OverdueBanner', () => {
  it('shouts our overdue promises as an alert, and only ours', async () => {
    const { customer, add, env } = await setup();
    await add('Send the security review answers', 'us', NOW - 2 * DAY);
    await add('Send floor plans', 'them', NOW - 2 * DAY);
    await add('Send the proposal', 'us', NOW + DAY);
    renderWithEnv(<OverdueBanner customerId={customer.id} now={NOW} />, env);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A promise of ours is overdue');
    expect(alert).toHaveTextContent('Send the security review answers (2 days overdue)');
    expect(alert).not.toHaveTextContent('floor plans');
    expect(alert).not.toHaveTextContent('proposal');
  });

  it('is gone when nothing of ours is overdue, and after marking it done', async () => {
    const { db, customer, add, env, user } = await setup();
    const late = await add('Send the security review answers', 'us', NOW - DAY);
    const { container } = renderWithEnv(<OverdueBanner customerId={customer.id} now={NOW} />, env);
    await user.click(
      await screen.findByRole('button', { name: 'Mark done: Send the security review answers' }),
    );
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect((await commitments.get(db, late.id))?.status).toBe('done');
    expect(container).toBeEmptyDOMElement();
  });
});

describe('PromisesSection', () => {
  it('says what to do when there are none', async () => {
    const { customer, env } = await setup();
    renderWithEnv(<PromisesSection customerId={customer.id} meetingId={null} now={NOW} />, env);
    expect(await screen.findByText(/No promises yet/)).toBeVisible();
  });

  it('lists ours and theirs with due dates, overdue of ours marked in danger', async () => {
    const { customer, add, env } = await setup();
    await add('Send the security review answers', 'us', NOW - 2 * DAY);
    await add('Share hire dates', 'them', NOW + 3 * DAY);
    renderWithEnv(<PromisesSection customerId={customer.id} meetingId={null} now={NOW} />, env);
    const ours = (await screen.findByRole('heading', { name: 'We promised' })).parentElement!;
    const theirs = screen.getByRole('heading', { name: 'They promised' }).parentElement!;
    const late = within(ours).getByText('Send the security review answers').closest('li')!;
    expect(late).toHaveClass('is-ours-overdue');
    expect(late).toHaveTextContent('2 days overdue');
    expect(within(theirs).getByText('Share hire dates').closest('li')).toHaveTextContent(
      'due in 3 days',
    );
  });

  it('adds a promise during the call with a due date, attached to the meeting', async () => {
    const { db, customer, env, user } = await setup();
    renderWithEnv(<PromisesSection customerId={customer.id} meetingId="m1" now={NOW} />, env);
    await user.type(await screen.findByLabelText('New promise'), 'Send the security review');
    await user.type(screen.getByLabelText('Due'), '2026-11-20');
    await user.click(screen.getByRole('button', { name: 'Add promise' }));
    expect(
      await screen.findByText('Send the security review', { selector: '.promise-text' }),
    ).toBeVisible();
    const [row] = await listCommitments(db, customer.id);
    expect(row).toMatchObject({ text: 'Send the security review', owner: 'us', meetingId: 'm1' });
    expect(new Date(row!.dueAt!).getDate()).toBe(20);
    expect(screen.getByLabelText('New promise')).toHaveValue('');
  });

  it('records a promise of theirs', async () => {
    const { db, customer, env, user } = await setup();
    renderWithEnv(<PromisesSection customerId={customer.id} meetingId={null} now={NOW} />, env);
    await user.type(await screen.findByLabelText('New promise'), 'Share the hire dates');
    await user.click(screen.getByRole('radio', { name: 'They did' }));
    await user.click(screen.getByRole('button', { name: 'Add promise' }));
    await screen.findByRole('heading', { name: 'They promised' });
    expect((await listCommitments(db, customer.id))[0]).toMatchObject({
      owner: 'them',
      dueAt: null,
    });
  });

  it('shows the error beside the field and keeps the due date typed', async () => {
    const { db, customer, env, user } = await setup();
    renderWithEnv(<PromisesSection customerId={customer.id} meetingId={null} now={NOW} />, env);
    await user.type(await screen.findByLabelText('Due'), '2026-11-20');
    await user.click(screen.getByRole('button', { name: 'Add promise' }));
    const field = screen.getByLabelText('New promise');
    expect(await screen.findByText('Promise is required')).toBeVisible();
    expect(field).toHaveAccessibleDescription('Promise is required');
    expect(screen.getByLabelText('Due')).toHaveValue('2026-11-20');
    expect(await listCommitments(db, customer.id)).toEqual([]);
  });

  it('marks done and reopens', async () => {
    const { db, customer, add, env, user } = await setup();
    const p = await add('Send the proposal', 'us', NOW + DAY);
    renderWithEnv(<PromisesSection customerId={customer.id} meetingId={null} now={NOW} />, env);
    await user.click(await screen.findByRole('button', { name: 'Mark done: Send the proposal' }));
    await user.click(await screen.findByRole('button', { name: 'Reopen: Send the proposal' }));
    await screen.findByRole('button', { name: 'Mark done: Send the proposal' });
    expect(await commitments.get(db, p.id)).toMatchObject({ status: 'open', doneAt: null });
  });
});
