import { describe, expect, it, vi } from 'vitest';
import { findExisting, lookupKeys, type LookupKeys } from '@/lib/io/csv/plan-steps/lookup';
import { freshDb } from '../../db/helpers';
import { contact, contextFor, customer, draft } from './rows';

const keys = (k: Partial<Record<keyof LookupKeys, string[]>>): LookupKeys => ({
  customerRefs: new Set(k.customerRefs),
  customerDomains: new Set(k.customerDomains),
  customerNameKeys: new Set(k.customerNameKeys),
  contactRefs: new Set(k.contactRefs),
  contactEmails: new Set(k.contactEmails),
});

describe('lookupKeys', () => {
  it('a company row by its CRM ref, its domains and its normalized name', () => {
    const ctx = contextFor('customers', ['name']);
    const got = lookupKeys(
      [
        draft({ name: 'Acme, Inc.', ref: 'hubspot:company:1', domains: ['acme.com', 'acme.io'] }),
        draft({ name: 'The Acme Inc' }),
      ],
      ctx,
    );
    expect(got).toEqual(
      keys({
        customerRefs: ['hubspot:company:1'],
        customerDomains: ['acme.com', 'acme.io'],
        customerNameKeys: ['acme'],
      }),
    );
  });

  it('a person by ref and emails, their company by ref, name and work email domains', () => {
    const ctx = contextFor('contacts', ['name'], { ownDomains: ['seller.example'] });
    const got = lookupKeys(
      [
        draft({
          name: 'Ada',
          ref: 'hubspot:contact:7',
          companyRef: 'hubspot:company:1',
          company: 'Engines Ltd',
          emails: ['ada@mail.engines.co.uk', 'ada@gmail.com', 'ada@seller.example'],
        }),
      ],
      ctx,
    );
    expect(got).toEqual(
      keys({
        customerRefs: ['hubspot:company:1'],
        customerDomains: ['mail.engines.co.uk', 'engines.co.uk'],
        customerNameKeys: ['engines'],
        contactRefs: ['hubspot:contact:7'],
        contactEmails: ['ada@mail.engines.co.uk', 'ada@gmail.com', 'ada@seller.example'],
      }),
    );
  });
});

describe('findExisting', () => {
  it('asks no index anything when the tables are empty (the first import)', async () => {
    const db = freshDb();
    const where = vi.spyOn(db.customers, 'where');
    const contactWhere = vi.spyOn(db.contacts, 'where');
    const found = await findExisting(
      db,
      keys({ customerNameKeys: ['acme'], contactEmails: ['a@x.io'] }),
    );
    expect(found).toEqual({
      customersByRef: [],
      customersByDomain: [],
      customersByName: [],
      contactsByRef: [],
      contactsByEmail: [],
    });
    expect(where).not.toHaveBeenCalled();
    expect(contactWhere).not.toHaveBeenCalled();
  });

  it('finds rows through each index, one batched lookup per index with keys', async () => {
    const db = freshDb();
    const acme = customer({ id: 'c1', name: 'Acme', crmRefs: ['hubspot:company:1'] });
    const globex = customer({ id: 'c2', name: 'Globex', domains: ['globex.com'] });
    const initech = customer({ id: 'c3', name: 'Initech', nameKey: 'initech' });
    await db.customers.bulkAdd([acme, globex, initech]);
    const ada = contact({ id: 'p1', customerId: 'c1', name: 'Ada', emails: ['ada@acme.com'] });
    const bob = contact({
      id: 'p2',
      customerId: 'c2',
      name: 'Bob',
      crmRefs: ['hubspot:contact:9'],
    });
    await db.contacts.bulkAdd([ada, bob]);
    const where = vi.spyOn(db.customers, 'where');

    const found = await findExisting(
      db,
      keys({
        customerRefs: ['hubspot:company:1', 'hubspot:company:404'],
        customerDomains: ['globex.com'],
        customerNameKeys: ['initech'],
        contactRefs: ['hubspot:contact:9'],
        contactEmails: ['ada@acme.com'],
      }),
    );
    expect(found).toEqual({
      customersByRef: [acme],
      customersByDomain: [globex],
      customersByName: [initech],
      contactsByRef: [bob],
      contactsByEmail: [ada],
    });
    expect(where.mock.calls).toEqual([['crmRefs'], ['domains'], ['nameKey']]);
  });

  it('skips an index it has no keys for', async () => {
    const db = freshDb();
    await db.customers.add(customer({ id: 'c1', name: 'Acme' }));
    const where = vi.spyOn(db.customers, 'where');
    await findExisting(db, keys({ customerNameKeys: ['acme'] }));
    expect(where.mock.calls).toEqual([['nameKey']]);
  });
});
