import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { CustomersSection, filterCustomers } from '@/components/workspace/CustomersSection';
import { contacts as contactRepo } from '@/lib/db/contacts';
import { customers as customerRepo } from '@/lib/db/customers';
import { news as newsRepo } from '@/lib/db/news';
import { questions as questionRepo } from '@/lib/db/questions';
import { customerSchema, type Customer } from '@/lib/db/models';
import { nameTokens, normalizeCompanyName } from '@/lib/match/normalize';
import { freshDb } from '../db/helpers';
import { renderWithEnv } from './render';

function customer(i: number, name: string, domains: string[] = []): Customer {
  const nameKey = normalizeCompanyName(name);
  return customerSchema.parse({
    id: `c-${String(i).padStart(5, '0')}`,
    name,
    nameKey,
    nameTokens: nameTokens(nameKey),
    domains,
    createdAt: i,
    updatedAt: i,
  });
}

afterEach(() => {
  location.hash = '';
});

describe('customer list', () => {
  it('renders only the rows in view of thousands of customers, and searches all of them', async () => {
    const db = freshDb();
    const rows = Array.from({ length: 3_000 }, (_, i) =>
      customer(i, `Company ${i}`, [`c${i}.com`]),
    );
    rows.push(customer(3_000, 'Zoë Müller Design GmbH', ['mueller-design.de']));
    await db.customers.bulkAdd(rows);
    renderWithEnv(<CustomersSection customerId={null} />, db);

    expect(await screen.findByText('3,001 customers')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Customers' });
    const shown = within(list).getAllByRole('listitem');
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(40);
    expect(shown[0]).toHaveAttribute('aria-setsize', '3001');

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Search customers'), 'zoe muller');
    expect(await screen.findByText('1 of 3,001')).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: /Zoë Müller Design GmbH/ })).toHaveAttribute(
      'href',
      '#customers/c-03000',
    );

    await user.clear(screen.getByLabelText('Search customers'));
    await user.type(screen.getByLabelText('Search customers'), 'mueller-design');
    expect(await screen.findByText('1 of 3,001')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Search customers'));
    await user.type(screen.getByLabelText('Search customers'), 'nobody here');
    expect(await screen.findByText('No customer matches “nobody here”.')).toBeInTheDocument();
  }, 30_000);

  it('sorts by name either way and by last change', () => {
    const rows = [customer(1, 'beta'), customer(3, 'Alpha'), customer(2, 'Ärger')].map((c) => ({
      customer: c,
      key: c.name.toLowerCase(),
    }));
    expect(filterCustomers(rows, '', 'name').map((c) => c.name)).toEqual([
      'Alpha',
      'Ärger',
      'beta',
    ]);
    expect(filterCustomers(rows, '', 'name-desc').map((c) => c.name)).toEqual([
      'beta',
      'Ärger',
      'Alpha',
    ]);
    expect(filterCustomers(rows, '', 'updated').map((c) => c.name)).toEqual([
      'Alpha',
      'Ärger',
      'beta',
    ]);
  });

  it('shows an empty state that points to import and the sample', async () => {
    renderWithEnv(<CustomersSection customerId={null} />, freshDb());
    expect(await screen.findByText(/No customers yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'import a CSV export' })).toHaveAttribute(
      'href',
      '#data',
    );
  });

  it('adds a customer and refuses an empty name', async () => {
    const db = freshDb();
    renderWithEnv(<CustomersSection customerId={null} />, db);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add customer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Name is required');
    await user.type(screen.getByLabelText('New customer'), 'Initech');
    await user.click(screen.getByRole('button', { name: 'Add customer' }));
    await waitFor(async () => expect(await db.customers.count()).toBe(1));
    const created = (await db.customers.toArray())[0]!;
    expect(location.hash).toBe(`#customers/${created.id}`);
  });
});

describe('customer detail', () => {
  it('edits name and domains, showing a bad domain beside its field', async () => {
    const db = freshDb();
    const acme = await customerRepo.create(db, { name: 'Acme', domains: ['acme.com'] });
    renderWithEnv(<CustomersSection customerId={acme.id} />, db);
    const user = userEvent.setup();
    const name = await screen.findByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Acme Corp');
    const domains = screen.getByLabelText('Domains (one per line)');
    await user.type(domains, '{Enter}not a domain!');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    // Said as it is typed, naming the line (not "a domain is not valid" after Save).
    expect(
      await screen.findByText('Line 2: “not a domain!” is not a domain (like acme.com)'),
    ).toBeInTheDocument();
    expect((await db.customers.get(acme.id))?.name).toBe('Acme');

    await user.clear(domains);
    await user.type(domains, 'acme.com{Enter}https://www.acme.io/');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await db.customers.get(acme.id)).toMatchObject({
        name: 'Acme Corp',
        domains: ['acme.com', 'acme.io'],
      }),
    );
  });

  it('adds and removes CRM links, refusing one that is not system:type:id', async () => {
    const db = freshDb();
    const acme = await customerRepo.create(db, { name: 'Acme' });
    renderWithEnv(<CustomersSection customerId={acme.id} />, db);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Add a link'), 'https://acme.my.salesforce.com');
    await user.click(screen.getByRole('button', { name: 'Add link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/system:type:id/);
    await user.clear(screen.getByLabelText('Add a link'));
    await user.type(screen.getByLabelText('Add a link'), 'hubspot:company:5012345678');
    await user.click(screen.getByRole('button', { name: 'Add link' }));
    await waitFor(async () =>
      expect((await db.customers.get(acme.id))?.crmRefs).toEqual(['hubspot:company:5012345678']),
    );
    await user.click(
      await screen.findByRole('button', { name: 'Remove CRM link hubspot:company:5012345678' }),
    );
    await waitFor(async () => expect((await db.customers.get(acme.id))?.crmRefs).toEqual([]));
  });

  it('adds, edits and removes contacts', async () => {
    const db = freshDb();
    const acme = await customerRepo.create(db, { name: 'Acme' });
    renderWithEnv(<CustomersSection customerId={acme.id} />, db);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add contact' }));
    const form = screen.getByRole('form', { name: 'New contact' });
    await user.type(within(form).getByLabelText('Name'), 'Wile E. Coyote');
    await user.type(within(form).getByLabelText('Emails (comma-separated)'), 'wile@acme.com, bad@');
    await user.click(within(form).getByRole('button', { name: 'Add contact' }));
    expect(
      await within(form).findByText(/An email is not a valid email address/),
    ).toBeInTheDocument();
    await user.clear(within(form).getByLabelText('Emails (comma-separated)'));
    await user.type(within(form).getByLabelText('Emails (comma-separated)'), 'Wile@Acme.com');
    await user.click(within(form).getByRole('button', { name: 'Add contact' }));
    // The people at the account list the contact too: look in the Contacts section.
    const contactsSection = screen.getByRole('region', { name: 'Contacts' });
    expect(await within(contactsSection).findByText('Wile E. Coyote')).toBeInTheDocument();
    expect((await db.contacts.toArray())[0]).toMatchObject({ emails: ['wile@acme.com'] });

    await user.click(screen.getByRole('button', { name: 'Edit Wile E. Coyote' }));
    const edit = screen.getByRole('form', { name: 'Edit Wile E. Coyote' });
    await user.type(within(edit).getByLabelText('Job title'), 'Genius');
    await user.click(within(edit).getByRole('button', { name: 'Save contact' }));
    expect(await within(contactsSection).findByText('· Genius')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove Wile E. Coyote' }));
    expect(await within(contactsSection).findByText('No contacts yet.')).toBeInTheDocument();
  });

  it('deletes the customer with everything under it, after confirming', async () => {
    const db = freshDb();
    const acme = await customerRepo.create(db, { name: 'Acme' });
    await contactRepo.create(db, { customerId: acme.id, name: 'Road Runner' });
    renderWithEnv(<CustomersSection customerId={acme.id} />, db);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete customer' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Acme?' });
    expect(await within(dialog).findByText(/its 1 contact\./)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(await db.customers.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Delete customer' }));
    await user.click(screen.getByRole('button', { name: 'Delete for good' }));
    await waitFor(async () => expect(await db.customers.count()).toBe(0));
    expect(await db.contacts.count()).toBe(0);
    expect(location.hash).toBe('#customers');
  });

  it('names everything the delete takes with it, news and questions included', async () => {
    const db = freshDb();
    const acme = await customerRepo.create(db, { name: 'Acme' });
    await contactRepo.create(db, { customerId: acme.id, name: 'Road Runner' });
    await contactRepo.create(db, { customerId: acme.id, name: 'Wile E. Coyote' });
    await newsRepo.create(db, { customerId: acme.id, text: 'Acme opens a depot in Leeds' });
    await questionRepo.create(db, { customerId: acme.id, text: 'Who signs off on rockets?' });
    renderWithEnv(<CustomersSection customerId={acme.id} />, db);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete customer' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Acme?' });
    expect(
      await within(dialog).findByText(/its 2 contacts, 1 news item and 1 question\./),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete for good' }));
    await waitFor(async () => expect(await db.customers.count()).toBe(0));
    expect([await db.news.count(), await db.questions.count()]).toEqual([0, 0]);
  });

  it('says when nothing else is stored under the customer', async () => {
    const db = freshDb();
    const acme = await customerRepo.create(db, { name: 'Acme' });
    renderWithEnv(<CustomersSection customerId={acme.id} />, db);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete customer' }));
    expect(await screen.findByText(/Nothing else is stored under it\./)).toBeInTheDocument();
  });

  it('says so when the customer does not exist', async () => {
    renderWithEnv(<CustomersSection customerId="gone" />, freshDb());
    expect(await screen.findByRole('heading', { name: 'Customer not found' })).toBeInTheDocument();
  });
});
