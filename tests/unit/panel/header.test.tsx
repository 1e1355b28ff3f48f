import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CustomerHeader } from '@/components/panel/CustomerHeader';
import { contacts } from '@/lib/db/contacts';
import { customers, listCustomers } from '@/lib/db/customers';
import { updateSettings } from '@/lib/db/settings';
import type { Match } from '@/lib/match/types';
import type { PanelSubject } from '@/lib/panel/resolve-customer';
import type { PageSignal } from '@/lib/recognize/signal';
import { fakeLearn, freshDb, makeEnv, renderWithEnv } from './helpers';

const signal: PageSignal = {
  site: 'gmail',
  view: 'thread',
  url: 'https://mail.google.com/mail/u/0/#inbox/1',
  people: [
    { name: 'Priya Raman', email: 'priya.raman@globexhealth.com', role: 'from' },
    { name: 'Me', email: 'me@callprep.example', role: 'to' },
  ],
  title: 'Re: proposal',
};

describe('CustomerHeader', () => {
  it('shows the customer, the contact on the page and why it matched, in words', async () => {
    const db = freshDb();
    const globex = await customers.create(db, { name: 'Globex Health' });
    const priya = await contacts.create(db, {
      customerId: globex.id,
      name: 'Priya Raman',
      title: 'COO',
      emails: ['priya.raman@globexhealth.com'],
    });
    const match: Match = {
      customerId: globex.id,
      name: 'Globex Health',
      confidence: 0.93,
      reason: 'email domain globexhealth.com',
      via: 'domain',
      contactId: priya.id,
      candidates: [
        {
          customerId: 'gx2',
          name: 'Globex Clinics',
          confidence: 0.4,
          reason: 'similar name',
          via: 'fuzzy',
        },
      ],
      ambiguous: false,
    };
    const subject: PanelSubject = {
      kind: 'customer',
      customerId: globex.id,
      source: 'match',
      match,
      signal,
    };
    const onPick = vi.fn();
    renderWithEnv(
      <CustomerHeader subject={subject} customer={globex} onPick={onPick} onLearned={vi.fn()} />,
      makeEnv({ db }),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Globex Health' })).toBeVisible();
    expect(await screen.findByText('Priya Raman')).toBeVisible();
    expect(screen.getByText(', COO')).toBeVisible();
    const why = screen.getByText(/Recognized by email domain globexhealth.com/);
    expect(why).toHaveTextContent('(very likely)');
    expect(why.textContent).not.toMatch(/0\.93|93/);
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: /Globex Clinics \(possible\)/ }));
    expect(onPick).toHaveBeenCalledWith('gx2');
  });

  it('says "Chosen by you" for a picked customer, and warns when the page is ambiguous', async () => {
    const db = freshDb();
    const c = await customers.create(db, { name: 'Initech' });
    renderWithEnv(
      <CustomerHeader
        subject={{
          kind: 'customer',
          customerId: c.id,
          source: 'target',
          match: {
            customerId: 'a',
            name: 'A',
            confidence: 0.7,
            reason: 'r',
            via: 'company',
            candidates: [],
            ambiguous: true,
          },
          signal,
        }}
        customer={c}
        onPick={vi.fn()}
        onLearned={vi.fn()}
      />,
      makeEnv({ db }),
    );
    expect(screen.getByText('Chosen by you')).toBeVisible();
    expect(screen.getByText(/fits more than one customer/)).toBeVisible();
  });

  it('with nothing recognized, says what to do', () => {
    renderWithEnv(
      <CustomerHeader
        subject={{ kind: 'none', signal: null }}
        customer={undefined}
        onPick={vi.fn()}
        onLearned={vi.fn()}
      />,
    );
    expect(screen.getByRole('heading', { name: 'No customer recognized' })).toBeVisible();
    expect(
      screen.getByText('Open a customer in your CRM, an email or a calendar event — or pick one.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Create customer from this page' })).toBeNull();
  });

  it('creates a customer from the page, prefilled, with the name the seller corrects', async () => {
    const db = freshDb();
    await updateSettings(db, { ownDomains: ['callprep.example'], ownEmails: ['me@gmail.com'] });
    const learn = fakeLearn();
    const onLearned = vi.fn();
    const user = userEvent.setup();
    renderWithEnv(
      <CustomerHeader
        subject={{ kind: 'none', signal }}
        customer={undefined}
        onPick={vi.fn()}
        onLearned={onLearned}
      />,
      makeEnv({ db, loadLearn: async () => learn }),
    );
    await user.click(screen.getByRole('button', { name: 'Create customer from this page' }));
    const name = screen.getByLabelText('Customer name');
    await waitFor(() => expect(name).toHaveValue('Globex Health'));
    await user.clear(name);
    await user.type(name, 'Globex Health Group');
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    await waitFor(() => expect(onLearned).toHaveBeenCalled());
    expect(learn.createCustomerFromSignal).toHaveBeenCalledWith(db, signal, {
      ownDomains: ['callprep.example'],
      ownEmails: ['me@gmail.com'],
      name: 'Globex Health Group',
    });
    const [created] = await listCustomers(db);
    expect(onLearned).toHaveBeenCalledWith(created!.id);
    expect(await screen.findByRole('status')).toHaveTextContent('Created Globex Health Group.');
  });

  it('names the CRM record it will remember as people say it, and offers a same-named customer instead', async () => {
    const db = freshDb();
    const globex = await customers.create(db, { name: 'Globex Health' });
    const learn = fakeLearn();
    const onLearned = vi.fn();
    const user = userEvent.setup();
    const record = { system: 'salesforce', type: 'Account', id: '0015g00000NwLgsAAF' };
    renderWithEnv(
      <CustomerHeader
        subject={{
          kind: 'none',
          signal: { ...signal, site: 'salesforce', view: 'record', record },
        }}
        customer={undefined}
        onPick={vi.fn()}
        onLearned={onLearned}
      />,
      makeEnv({ db, loadLearn: async () => learn }),
    );
    await user.click(screen.getByRole('button', { name: 'Create customer from this page' }));
    expect(
      screen.getByText(
        /Callprep will remember this page \(Salesforce Account 0015g00000NwLgsAAF\)/,
      ),
    ).toBeVisible();
    const name = screen.getByLabelText('Customer name');
    await user.clear(name);
    await user.type(name, 'globex health');
    await user.click(
      await screen.findByRole('button', { name: 'Link this page to Globex Health instead' }),
    );
    await waitFor(() => expect(onLearned).toHaveBeenCalledWith(globex.id));
    expect(learn.createCustomerFromSignal).not.toHaveBeenCalled();
  });

  it('shows a refused name beside the field and keeps it', async () => {
    const db = freshDb();
    const learn = fakeLearn();
    learn.suggestCustomerName = vi.fn(() => '');
    const user = userEvent.setup();
    renderWithEnv(
      <CustomerHeader
        subject={{ kind: 'none', signal: { ...signal, people: [] } }}
        customer={undefined}
        onPick={vi.fn()}
        onLearned={vi.fn()}
      />,
      makeEnv({ db, loadLearn: async () => learn }),
    );
    await user.click(screen.getByRole('button', { name: 'Create customer from this page' }));
    await user.type(screen.getByLabelText('Customer name'), '   ');
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    expect(await screen.findByText('Name is required')).toBeVisible();
    expect(screen.getByLabelText('Customer name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Customer name')).toHaveValue('   ');
  });

  it('links the page to an existing customer by keyboard (teaching the matcher)', async () => {
    const db = freshDb();
    const nw = await customers.create(db, { name: 'Northwind Logistics' });
    const learn = fakeLearn();
    const onLearned = vi.fn();
    const user = userEvent.setup();
    renderWithEnv(
      <CustomerHeader
        subject={{ kind: 'none', signal }}
        customer={undefined}
        onPick={vi.fn()}
        onLearned={onLearned}
      />,
      makeEnv({ db, loadLearn: async () => learn }),
    );
    await user.click(screen.getByRole('button', { name: 'Link this page to…' }));
    const picker = screen.getByRole('combobox', { name: 'Link this page to' });
    expect(picker).toHaveFocus();
    await user.type(picker, 'north');
    await screen.findByRole('option', { name: 'Northwind Logistics' });
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onLearned).toHaveBeenCalledWith(nw.id));
    expect(learn.linkPageToCustomer).toHaveBeenCalledWith(db, nw.id, signal, {
      ownDomains: [],
      ownEmails: [],
    });
    expect(screen.getByRole('status')).toHaveTextContent('Linked to Northwind Logistics');
  });

  it('says what to do when the learning code cannot load (the extension was updated)', async () => {
    const user = userEvent.setup();
    renderWithEnv(
      <CustomerHeader
        subject={{ kind: 'none', signal }}
        customer={undefined}
        onPick={vi.fn()}
        onLearned={vi.fn()}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Create customer from this page' }));
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/close and reopen the side panel/);
  });
});

describe('CustomerHeader on a page picked by hand', () => {
  it('offers to remember the unrecognized page for the chosen customer', async () => {
    const db = freshDb();
    const nw = await customers.create(db, { name: 'Northwind Logistics' });
    const learn = fakeLearn();
    const onLearned = vi.fn();
    renderWithEnv(
      <CustomerHeader
        subject={{ kind: 'customer', customerId: nw.id, source: 'target', match: null, signal }}
        customer={nw}
        onPick={vi.fn()}
        onLearned={onLearned}
      />,
      makeEnv({ db, loadLearn: async () => learn }),
    );
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Remember this page for Northwind Logistics' }));
    await waitFor(() => expect(onLearned).toHaveBeenCalledWith(nw.id));
    expect(learn.linkPageToCustomer).toHaveBeenCalledWith(db, nw.id, signal, {
      ownDomains: [],
      ownEmails: [],
    });
    expect(screen.getByRole('status')).toHaveTextContent('Remembered');
  });
});
