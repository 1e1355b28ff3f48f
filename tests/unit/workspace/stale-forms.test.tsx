import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CustomerForm } from '@/components/workspace/customer/CustomerForm';
import { Contacts } from '@/components/workspace/customer/Contacts';
import { useLiveQuery } from 'dexie-react-hooks';
import { contacts as contactRepo } from '@/lib/db/contacts';
import { customers as customerRepo } from '@/lib/db/customers';
import type { CallprepDB } from '@/lib/db/schema';
import { freshDb } from '../db/helpers';
import { renderWithEnv } from './render';

/** The form as the customer page shows it: fed by a live query, so changes elsewhere arrive. */
function LiveCustomerForm({ db, id }: { db: CallprepDB; id: string }) {
  const customer = useLiveQuery(() => db.customers.get(id), [db, id]);
  return customer ? <CustomerForm customer={customer} /> : null;
}

describe('the workspace customer form under changes made elsewhere', () => {
  it('keeps unsaved typing when the customer changes elsewhere, and says what changed', async () => {
    const db = freshDb();
    const acme = await customerRepo.create(db, { name: 'Acme', domains: ['acme.com'] });
    renderWithEnv(<LiveCustomerForm db={db} id={acme.id} />, db);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('About'), 'Wants a pilot in Leeds');

    // The side panel learns a domain for Acme meanwhile.
    await customerRepo.update(db, acme.id, { domains: ['acme.com', 'acme.io'] });
    expect(
      await screen.findByText('Changed elsewhere meanwhile: domains is now “acme.com, acme.io”.'),
    ).toBeVisible();
    expect(screen.getByLabelText('About')).toHaveValue('Wants a pilot in Leeds');
    expect(screen.getByLabelText('Domains (one per line)')).toHaveValue('acme.com\nacme.io');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await db.customers.get(acme.id)).toMatchObject({
        about: 'Wants a pilot in Leeds',
        domains: ['acme.com', 'acme.io'],
      }),
    );
    // Saved: the notice goes, and the form's own save is not taken for a change elsewhere.
    await waitFor(() => expect(screen.queryByText(/Changed elsewhere/)).toBeNull());
    expect(screen.getByText('Saved')).toBeVisible();
  });

  it('a save writes only the fields typed in, never an older value of the others', async () => {
    const db = freshDb();
    const acme = await customerRepo.create(db, { name: 'Acme', industry: 'Retail' });
    renderWithEnv(<LiveCustomerForm db={db} id={acme.id} />, db);
    const user = userEvent.setup();
    const name = await screen.findByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Acme Corp');
    await customerRepo.update(db, acme.id, { industry: 'Logistics' });
    await screen.findByText(/Changed elsewhere meanwhile: industry is now “Logistics”/);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await db.customers.get(acme.id)).toMatchObject({
        name: 'Acme Corp',
        industry: 'Logistics',
      }),
    );
  });
});

describe('the contact form under changes made elsewhere', () => {
  it('keeps an email learned from a page while the seller edits the job title', async () => {
    const db = freshDb();
    const acme = await customerRepo.create(db, { name: 'Acme' });
    const wile = await contactRepo.create(db, {
      customerId: acme.id,
      name: 'Wile',
      emails: ['wile@acme.com'],
    });
    renderWithEnv(<Contacts customerId={acme.id} />, db);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit Wile' }));
    const form = screen.getByRole('form', { name: 'Edit Wile' });
    await user.type(within(form).getByLabelText('Job title'), 'Genius');
    await contactRepo.update(db, wile.id, { emails: ['wile@acme.com', 'w.coyote@acme.com'] });
    expect(
      await within(form).findByText(
        'Changed elsewhere meanwhile: emails is now “wile@acme.com, w.coyote@acme.com”.',
      ),
    ).toBeVisible();
    await user.click(within(form).getByRole('button', { name: 'Save contact' }));
    await waitFor(async () =>
      expect(await db.contacts.get(wile.id)).toMatchObject({
        title: 'Genius',
        emails: ['wile@acme.com', 'w.coyote@acme.com'],
      }),
    );
  });
});
