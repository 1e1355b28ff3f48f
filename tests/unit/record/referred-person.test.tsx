import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ReferralsLedger } from '@/components/record/ReferralsLedger';
import { RelationshipRecord } from '@/components/record/RelationshipRecord';
import { commitments } from '@/lib/db/commitments';
import { customers } from '@/lib/db/customers';
import { addReferral } from '@/lib/db/referrals';
import { DAY, utc } from '../clock';
import { freshDb } from '../db/helpers';

const NOW = utc(2026, 12, 3, 12);
const NOT_NOW = { suggest: false, because: 'nothing delivered since the last ask' } as const;

async function referralFromNorthwind(
  person = { personName: 'Ana Ruiz', personEmail: 'ana@fabrikam.com' },
) {
  const db = freshDb();
  const nw = await customers.create(db, { name: 'Northwind' });
  const globex = await customers.create(db, { name: 'Globex' });
  const referral = await addReferral(db, {
    customerId: nw.id,
    kind: 'received',
    at: NOW - 3 * DAY,
    ...person,
  });
  return { db, nw, globex, referral };
}

const entry = async () => (await screen.findByText(/Referral received/)).closest('li')!;

describe('a referral received, in the ledger', () => {
  it('Add as contact: at another account, referred by the customer who sent them', async () => {
    const { db, nw, globex, referral } = await referralFromNorthwind();
    const user = userEvent.setup();
    render(<ReferralsLedger db={db} customerId={nw.id} now={NOW} ask={NOT_NOW} />);
    await user.click(within(await entry()).getByRole('button', { name: 'Add as contact' }));
    const form = screen.getByRole('form', { name: 'Add Ana Ruiz as a contact' });
    const account = within(form).getByLabelText('At which account');
    await waitFor(() => expect(within(account).getAllByRole('option')).toHaveLength(2));
    expect(account).toHaveValue(nw.id);
    await user.selectOptions(account, globex.id);
    await user.click(within(form).getByRole('button', { name: 'Add contact' }));
    expect(
      await within(await entry()).findByText('; sent: Ana Ruiz (now a contact at Globex)'),
    ).toBeVisible();
    const [contact] = await db.contacts.where('customerId').equals(globex.id).toArray();
    expect(contact).toMatchObject({
      name: 'Ana Ruiz',
      emails: ['ana@fabrikam.com'],
      referredBy: nw.id,
    });
    expect((await db.referrals.get(referral.id))?.referredContactId).toBe(contact!.id);
    expect(within(await entry()).queryByRole('button', { name: 'Make a customer' })).toBeNull();
  });

  it('Make a customer: the new customer and its first contact keep who sent them', async () => {
    const { db, nw, referral } = await referralFromNorthwind();
    const user = userEvent.setup();
    render(<ReferralsLedger db={db} customerId={nw.id} now={NOW} ask={NOT_NOW} />);
    await user.click(within(await entry()).getByRole('button', { name: 'Make a customer' }));
    await user.type(screen.getByLabelText('Ana Ruiz’s company'), 'Fabrikam');
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    expect(
      await within(await entry()).findByText('; sent: Ana Ruiz (now a customer: Fabrikam)'),
    ).toBeVisible();
    expect(await entry()).toHaveTextContent('became a customer');
    const fab = (await db.customers.toArray()).find((c) => c.name === 'Fabrikam')!;
    expect(fab.referredBy).toBe(nw.id);
    expect(await db.contacts.where('customerId').equals(fab.id).toArray()).toMatchObject([
      { name: 'Ana Ruiz', referredBy: nw.id },
    ]);
    expect(await db.referrals.get(referral.id)).toMatchObject({
      outcome: 'customer',
      referredCustomerId: fab.id,
    });
  });

  it('a customer without a name is refused in words, and nothing is created', async () => {
    const { db, nw } = await referralFromNorthwind();
    const user = userEvent.setup();
    render(<ReferralsLedger db={db} customerId={nw.id} now={NOW} ask={NOT_NOW} />);
    await user.click(within(await entry()).getByRole('button', { name: 'Make a customer' }));
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/name/i);
    expect(await db.customers.count()).toBe(2);
    expect(await db.contacts.count()).toBe(0);
  });

  it('a referral naming nobody offers neither', async () => {
    const { db, nw } = await referralFromNorthwind({ personName: '', personEmail: '' });
    render(<ReferralsLedger db={db} customerId={nw.id} now={NOW} ask={NOT_NOW} />);
    expect(within(await entry()).queryByRole('button', { name: 'Add as contact' })).toBeNull();
  });

  it('says whether we thanked them: due, then thanked once the promise is done', async () => {
    const { db, nw } = await referralFromNorthwind();
    render(<ReferralsLedger db={db} customerId={nw.id} now={NOW} ask={NOT_NOW} />);
    expect(await within(await entry()).findByText(/^; thank-you due /)).toBeVisible();
    const [thanks] = await db.commitments.where('customerId').equals(nw.id).toArray();
    await commitments.update(db, thanks!.id, { status: 'done', doneAt: NOW - 2 * DAY });
    expect(await within(await entry()).findByText(/^; thanked /)).toBeVisible();
  });
});

describe('referred by, on the customer and on the contact', () => {
  it('the record of a referred customer says who sent them; the people at the account too', async () => {
    const { db, nw, referral } = await referralFromNorthwind();
    const user = userEvent.setup();
    const view = render(<ReferralsLedger db={db} customerId={nw.id} now={NOW} ask={NOT_NOW} />);
    await user.click(within(await entry()).getByRole('button', { name: 'Make a customer' }));
    await user.type(screen.getByLabelText('Ana Ruiz’s company'), 'Fabrikam');
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    await waitFor(async () =>
      expect((await db.referrals.get(referral.id))?.referredCustomerId).toBeDefined(),
    );
    view.unmount();
    const fabId = (await db.referrals.get(referral.id))!.referredCustomerId!;
    render(<RelationshipRecord db={db} customerId={fabId} now={NOW} full />);
    expect(await screen.findByText('Referred by Northwind')).toBeVisible();
    const people = await screen.findByRole('region', { name: 'People at the account' });
    expect(within(people).getByText('referred by Northwind')).toBeVisible();
  });
});
