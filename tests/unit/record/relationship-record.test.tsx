import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RelationshipRecord } from '@/components/record/RelationshipRecord';
import { commitments, listCommitments } from '@/lib/db/commitments';
import { contacts } from '@/lib/db/contacts';
import { customers } from '@/lib/db/customers';
import { meetings } from '@/lib/db/meetings';
import { goals } from '@/lib/db/goals';
import { freshDb } from '../db/helpers';
import { DAY, utc } from '../clock';

const NOW = utc(2026, 12, 3, 12);

async function customerWithHistory() {
  const db = freshDb();
  const c = await customers.create(db, { name: 'Northwind' }, () => NOW - 400 * DAY);
  const held = { customerId: c.id, title: 'Check-in', status: 'done' as const };
  await meetings.create(db, {
    ...held,
    startsAt: NOW - 30 * DAY,
    readinessAtStart: { percent: 80, ready: true, at: NOW - 30 * DAY },
  });
  await meetings.create(db, { ...held, startsAt: NOW - 10 * DAY, onTime: false });
  await commitments.create(db, {
    customerId: c.id,
    text: 'Send the report',
    owner: 'us',
    dueAt: NOW - 20 * DAY,
    status: 'done',
    doneAt: NOW - 17 * DAY,
  });
  return { db, c };
}

const row = (label: string) =>
  within(screen.getByText(label, { selector: 'dt' }).parentElement!).getByRole('definition');

describe('RelationshipRecord', () => {
  it('shows each component with its numbers; an unrecorded meeting is not 0%', async () => {
    const { db, c } = await customerWithHistory();
    render(<RelationshipRecord db={db} customerId={c.id} now={NOW} />);
    expect(
      await screen.findByRole('region', { name: 'Your record, last 12 months' }),
    ).toBeVisible();
    expect(row('Our promises')).toHaveTextContent('0 of 1 kept on time; 1 late (typically 3 days)');
    expect(row('Prepared')).toHaveTextContent('80% on average, 1 of 1 ready (1 not recorded)');
    expect(row('On time')).toHaveTextContent('1 of 2 on time');
    expect(row('Customer for')).toHaveTextContent('1 year');
    expect(screen.queryByRole('form', { name: 'Add to the referrals ledger' })).toBeNull();
  });

  it('full: the ledger adds a referral received, which makes our promise to thank them', async () => {
    const { db, c } = await customerWithHistory();
    const user = userEvent.setup();
    render(<RelationshipRecord db={db} customerId={c.id} now={NOW} full />);
    // Our only promise was late: nothing delivered yet to ask on.
    expect(await screen.findByText(/Not the moment to ask for a referral/)).toBeVisible();
    await user.type(await screen.findByLabelText('Whom'), 'Ana Ruiz');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText(/Referral received/)).toBeVisible();
    await waitFor(async () =>
      expect((await listCommitments(db, c.id)).map((k) => k.text)).toContain(
        'Thank Northwind for the introduction to Ana Ruiz',
      ),
    );
    expect(row('Referrals')).toHaveTextContent('1 received');
  });

  it('suggests asking once a goal was achieved, and an ask records their answer', async () => {
    const { db, c } = await customerWithHistory();
    await goals.create(
      db,
      { customerId: c.id, statement: 'Two-week onboarding', status: 'achieved' },
      () => NOW - DAY,
    );
    const user = userEvent.setup();
    render(<RelationshipRecord db={db} customerId={c.id} now={NOW} full />);
    expect(
      await screen.findByText(
        'A good moment to ask for a referral: “Two-week onboarding” was achieved.',
      ),
    ).toBeVisible();
    await user.selectOptions(screen.getByLabelText('What happened'), 'ask');
    await user.type(screen.getByLabelText(/Their answer/), 'Will ask their sister company');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText(/they said: “Will ask their sister company”/)).toBeVisible();
    expect(await screen.findByText(/Not the moment to ask/)).toBeVisible();
  });
});

describe('people at the account', () => {
  it('sets a contact role in one change and warns when single-threaded', async () => {
    const { db, c } = await customerWithHistory();
    const maya = await contacts.create(db, { customerId: c.id, name: 'Maya Lindqvist' });
    await contacts.create(db, { customerId: c.id, name: 'Tom Okafor' });
    await meetings.create(db, {
      customerId: c.id,
      title: 'Review',
      startsAt: NOW - 5 * DAY,
      status: 'done',
      summary: 'Maya Lindqvist wants the numbers',
    });
    const user = userEvent.setup();
    render(<RelationshipRecord db={db} customerId={c.id} now={NOW} full />);
    expect(await screen.findByText(/Single-threaded/)).toBeVisible();
    await user.selectOptions(screen.getByLabelText('Role of Maya Lindqvist'), 'champion');
    await waitFor(async () => expect((await db.contacts.get(maya.id))?.role).toBe('champion'));
    expect(screen.getByText('in no meeting yet')).toBeVisible();
  });
});
