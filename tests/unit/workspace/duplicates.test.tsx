import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CustomersSection } from '@/components/workspace/CustomersSection';
import { ContactForm } from '@/components/workspace/customer/ContactForm';
import { CustomerForm } from '@/components/workspace/customer/CustomerForm';
import { contacts } from '@/lib/db/contacts';
import { customers } from '@/lib/db/customers';
import { freshDb } from '../db/helpers';
import { renderWithEnv } from './render';

async function world() {
  const db = freshDb();
  const globex = await customers.create(db, {
    name: 'Globex Health',
    domains: ['globexhealth.com'],
  });
  const acme = await customers.create(db, { name: 'Acme', domains: ['acme.com'] });
  await contacts.create(db, {
    customerId: globex.id,
    name: 'Maya Chen',
    emails: ['maya@globexhealth.com'],
  });
  return { db, globex, acme };
}

describe('duplicates are said, with the existing customer offered', () => {
  it('warns as a new customer is typed that it already exists, written differently', async () => {
    const { db, globex } = await world();
    renderWithEnv(<CustomersSection customerId={null} />, db);
    fireEvent.change(await screen.findByLabelText('New customer'), {
      target: { value: 'globex health' },
    });
    const warning = await screen.findByText(/A customer named “Globex Health” already exists/);
    expect(within(warning).getByRole('link', { name: 'Open Globex Health' })).toHaveAttribute(
      'href',
      `#customers/${globex.id}`,
    );
  });

  it('warns of a free-mail domain, a domain another customer has, and names a bad line', async () => {
    const { db, acme } = await world();
    renderWithEnv(<CustomerForm customer={acme} />, db);
    fireEvent.change(screen.getByLabelText('Domains (one per line)'), {
      target: { value: 'acme.com\ngmail.com\nglobexhealth.com\nacme' },
    });
    expect(await screen.findByText(/gmail\.com is a free-mail domain/)).toBeInTheDocument();
    expect(
      await screen.findByText(/globexhealth\.com is already a domain of “Globex Health”/),
    ).toBeInTheDocument();
    expect(screen.getByText('Line 4: “acme” is not a domain (like acme.com)')).toBeInTheDocument();
    expect(screen.getByLabelText('Domains (one per line)')).toHaveAttribute('aria-invalid', 'true');
  });

  it('warns of an email that belongs to a contact at another customer', async () => {
    const { db, acme } = await world();
    renderWithEnv(<ContactForm customerId={acme.id} contact={null} onDone={() => {}} />, db);
    fireEvent.change(screen.getByLabelText('Emails (comma-separated)'), {
      target: { value: 'maya@globexhealth.com' },
    });
    expect(
      await screen.findByText(
        /maya@globexhealth\.com is already the address of Maya Chen at “Globex Health”/,
      ),
    ).toBeInTheDocument();
  });
});
