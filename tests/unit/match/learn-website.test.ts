/**
 * Issue 13: an organisation record that shows its website (a Salesforce Account's
 * Website, a HubSpot company's domain name) teaches that domain, so the next mail
 * from anyone there is recognized without linking by hand.
 */
import { describe, expect, it } from 'vitest';
import { matchCustomer } from '@/lib/match/match-customer';
import { createCustomerFromSignal, linkPageToCustomer, websiteDomain } from '@/lib/match/learn';
import { addCustomer, SF_ACCOUNT_ID, signal, testDb } from './helpers';

const opts = { ownDomains: ['callprep.app'] };

const account = (domain?: string) =>
  signal({
    site: 'salesforce',
    view: 'record',
    url: `https://acme.lightning.force.com/lightning/r/Account/${SF_ACCOUNT_ID}/view`,
    record: { system: 'salesforce', type: 'Account', id: SF_ACCOUNT_ID },
    title: 'Acme Logistics, Inc.',
    company: 'Acme Logistics, Inc.',
    people: [],
    ...(domain ? { domain } : {}),
  });

const threadFrom = (email: string) =>
  signal({ title: 'Order', people: [{ name: 'Bruno Costa', email, role: 'from' }] });

describe('the website domain a page shows', () => {
  it('is learned by "Create from this page": mail from that domain then matches by domain', async () => {
    const db = testDb();
    const c = await createCustomerFromSignal(db, account('eu.acme-logistics.example'), opts);
    expect(c.domains).toEqual(['acme-logistics.example']);
    const m = await matchCustomer(threadFrom('bruno@acme-logistics.example'), db, opts);
    expect(m).toMatchObject({ customerId: c.id, via: 'domain' });
    expect(m!.reason).toContain('acme-logistics.example');
  });

  it('is learned by linking too, once', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme' });
    await linkPageToCustomer(db, acme.id, account('acme-logistics.example'), opts);
    const again = await linkPageToCustomer(db, acme.id, account('acme-logistics.example'), opts);
    expect(again.customer.domains).toEqual(['acme-logistics.example']);
  });

  it.each([
    ['gmail.com', 'free mail'],
    ['callprep.app', 'the seller’s own domain'],
    ['linkedin.com', 'a profile on another organisation’s site'],
  ])('is never %s (%s)', async (domain) => {
    expect(websiteDomain(account(domain), opts)).toBeNull();
    const db = testDb();
    const c = await createCustomerFromSignal(db, account(domain), opts);
    expect(c.domains).toEqual([]);
  });

  it('is absent when the page shows none', () => {
    expect(websiteDomain(account(), opts)).toBeNull();
  });
});
