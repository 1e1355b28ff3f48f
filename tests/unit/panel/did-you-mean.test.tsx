import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CustomerHeader } from '@/components/panel/CustomerHeader';
import { customers } from '@/lib/db/customers';
import type { PageSignal } from '@/lib/recognize/signal';
import { fakeLearn, freshDb, makeEnv, renderWithEnv } from './helpers';

// A brand-new Salesforce account whose name only resembles an existing customer.
const signal: PageSignal = {
  site: 'salesforce',
  view: 'record',
  url: 'https://acme.lightning.force.com/lightning/r/Account/001Ht00003AbCdEIAV/view',
  record: { system: 'salesforce', type: 'Account', id: '001Ht00003AbCdEIAV' },
  people: [],
  title: 'Kalinexx Logistikz',
};

describe('the unmatched panel: "Did you mean …?"', () => {
  it('offers a close name beside Create and Link, and links the page in one click', async () => {
    const db = freshDb();
    const kalinex = await customers.create(db, { name: 'Kalinex Logistics' });
    await customers.create(db, { name: 'Northwind Traders' });
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
    expect(screen.getByRole('heading', { name: 'No customer recognized' })).toBeVisible();
    const suggestion = await screen.findByRole('button', {
      name: 'Did you mean Kalinex Logistics?',
    });
    expect(screen.getByRole('button', { name: 'Create customer from this page' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Link this page to…' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /Did you mean Northwind/ })).toBeNull();
    await user.click(suggestion);
    await waitFor(() => expect(onLearned).toHaveBeenCalledWith(kalinex.id));
    expect(learn.linkPageToCustomer).toHaveBeenCalledWith(db, kalinex.id, signal, {
      ownDomains: [],
      ownEmails: [],
    });
  });

  it('offers nothing when no name is close', async () => {
    const db = freshDb();
    await customers.create(db, { name: 'Northwind Traders' });
    renderWithEnv(
      <CustomerHeader
        subject={{ kind: 'none', signal }}
        customer={undefined}
        onPick={vi.fn()}
        onLearned={vi.fn()}
      />,
      makeEnv({ db, loadLearn: async () => fakeLearn() }),
    );
    await screen.findByRole('button', { name: 'Create customer from this page' });
    // The matcher answers asynchronously: give it the time it takes to offer one.
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByRole('button', { name: /Did you mean/ })).toBeNull();
  });
});
