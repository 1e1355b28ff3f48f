import { describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/db/errors';
import { CONFIDENCE, matchCustomer } from '@/lib/match/match-customer';
import {
  createCustomerFromSignal,
  linkPageToCustomer,
  nameFromEmail,
  suggestCustomerName,
} from '@/lib/match/learn';
import { addContact, addCustomer, SF_ACCOUNT_ID, SF_CONTACT_ID, signal, testDb } from './helpers';

const opts = { ownDomains: ['callprep.app'] };

const gmailThread = signal({
  title: 'Re: onboarding plan',
  people: [
    { name: 'Me', email: 'me@callprep.app', role: 'from' },
    { name: 'Ada Lovelace', email: 'ada@acme.com', role: 'to' },
    { name: 'Joe', email: 'joe.bloggs@gmail.com', role: 'cc' },
    { name: 'Gina', email: 'gina@globex.com', role: 'cc' },
  ],
});

const sfAccount = signal({
  site: 'salesforce',
  view: 'record',
  url: `https://acme.lightning.force.com/lightning/r/Account/${SF_ACCOUNT_ID}/view`,
  record: { system: 'salesforce', type: 'Account', id: SF_ACCOUNT_ID },
  title: 'ACME Holdings Europe',
  company: 'ACME Holdings Europe',
  people: [],
});

const sfContact = signal({
  site: 'salesforce',
  view: 'record',
  url: `https://acme.lightning.force.com/lightning/r/Contact/${SF_CONTACT_ID}/view`,
  record: { system: 'salesforce', type: 'Contact', id: SF_CONTACT_ID },
  title: 'Ada Lovelace',
  people: [{ name: 'Ada Lovelace', email: 'ada@acme.com', role: 'subject' }],
});

describe('linkPageToCustomer', () => {
  it('learns a mail thread: the next visit matches by contact email (0.95)', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme' });
    expect(await matchCustomer(gmailThread, db, opts)).toBeNull();

    const result = await linkPageToCustomer(db, acme.id, gmailThread, opts);
    expect(result.customer.domains).toEqual(['acme.com']);
    const emails = result.contacts.flatMap((c) => c.emails).sort();
    // External people on the customer's domain or on free mail; never the seller, never Globex.
    expect(emails).toEqual(['ada@acme.com', 'joe.bloggs@gmail.com']);
    expect(result.contacts.find((c) => c.emails.includes('joe.bloggs@gmail.com'))!.name).toBe(
      'Joe',
    );

    const m = await matchCustomer(gmailThread, db, opts);
    expect(m).toMatchObject({ customerId: acme.id, via: 'email', confidence: CONFIDENCE.email });
    expect(m!.confidence).toBeCloseTo(0.95);
    expect(m!.reason).toBe('contact email ada@acme.com');
    // A colleague of Ada's writing later matches by the learned domain.
    const later = await matchCustomer(
      signal({ people: [{ email: 'bob@acme.com', role: 'from' }] }),
      db,
      opts,
    );
    expect(later).toMatchObject({ customerId: acme.id, via: 'domain' });
  });

  it('learns an account page: the next visit matches by CRM ref (1.0)', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme' });
    const before = await matchCustomer(sfAccount, db, opts);
    expect(before).toBeNull();

    const { customer } = await linkPageToCustomer(db, acme.id, sfAccount, opts);
    expect(customer.crmRefs).toEqual([`salesforce:Account:${SF_ACCOUNT_ID}`]);
    const m = await matchCustomer(sfAccount, db, opts);
    expect(m).toMatchObject({ customerId: acme.id, via: 'crm', confidence: 1 });
  });

  it('puts a Contact record’s ref on the contact (found by email), and matches it', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme' });
    const ada = await addContact(db, {
      customerId: acme.id,
      name: 'A. Lovelace',
      emails: ['ada@acme.com'],
    });
    const result = await linkPageToCustomer(db, acme.id, sfContact, opts);
    expect(result.customer.crmRefs).toEqual([]);
    expect(result.contacts.map((c) => c.id)).toEqual([ada.id]);
    expect(result.contacts[0]!.crmRefs).toEqual([`salesforce:Contact:${SF_CONTACT_ID}`]);
    expect(await db.contacts.count()).toBe(1);

    const m = await matchCustomer(sfContact, db, opts);
    expect(m).toMatchObject({ customerId: acme.id, contactId: ada.id, via: 'crm', confidence: 1 });
  });

  it('finds a person record’s contact by name, and creates it when there is none', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme' });
    const grace = await addContact(db, { customerId: acme.id, name: 'Grace  HOPPER' });
    const profile = signal({
      site: 'linkedin',
      view: 'profile',
      url: 'https://www.linkedin.com/in/grace-hopper/',
      record: { system: 'linkedin', type: 'in', id: 'grace-hopper' },
      title: 'Grace Hopper',
      people: [{ name: 'Grace Hopper', role: 'subject' }],
    });
    const r1 = await linkPageToCustomer(db, acme.id, profile, opts);
    expect(r1.contacts.map((c) => [c.id, c.crmRefs])).toEqual([
      [grace.id, ['linkedin:in:grace-hopper']],
    ]);

    const newPerson = signal({
      site: 'hubspot',
      view: 'record',
      record: { system: 'hubspot', type: 'contact', id: '901' },
      title: 'Alan Turing',
      people: [],
    });
    const r2 = await linkPageToCustomer(db, acme.id, newPerson, opts);
    expect(r2.contacts).toHaveLength(1);
    expect(r2.contacts[0]).toMatchObject({ name: 'Alan Turing', crmRefs: ['hubspot:contact:901'] });
    expect(await matchCustomer(newPerson, db, opts)).toMatchObject({
      customerId: acme.id,
      contactId: r2.contacts[0]!.id,
      via: 'crm',
    });
  });

  it('is idempotent: linking twice stores nothing twice and rewrites nothing', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme' });
    await linkPageToCustomer(db, acme.id, sfContact, opts, () => 1000);
    await linkPageToCustomer(db, acme.id, gmailThread, opts, () => 1000);
    const snapshot = {
      customers: await db.customers.toArray(),
      contacts: await db.contacts.toArray(),
    };
    const again1 = await linkPageToCustomer(db, acme.id, sfContact, opts, () => 2000);
    const again2 = await linkPageToCustomer(db, acme.id, gmailThread, opts, () => 2000);
    expect({
      customers: await db.customers.toArray(),
      contacts: await db.contacts.toArray(),
    }).toEqual(snapshot);
    expect(again1.contacts.every((c) => c.updatedAt === 1000)).toBe(true);
    expect(again2.contacts.every((c) => c.updatedAt === 1000)).toBe(true);
    // Ada exists once, with her email and her CRM ref.
    const ada = snapshot.contacts.filter((c) => c.emails.includes('ada@acme.com'));
    expect(ada).toHaveLength(1);
    expect(ada[0]!.crmRefs).toEqual([`salesforce:Contact:${SF_CONTACT_ID}`]);
  });

  it('adds an email to an existing same-named contact instead of duplicating her', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    const ada = await addContact(db, {
      customerId: acme.id,
      name: 'ada lovelace',
      emails: ['ada@old.acme.com'],
    });
    const { contacts } = await linkPageToCustomer(db, acme.id, gmailThread, opts);
    expect(contacts.find((c) => c.id === ada.id)!.emails).toEqual([
      'ada@old.acme.com',
      'ada@acme.com',
    ]);
    expect(await db.contacts.where('customerId').equals(acme.id).count()).toBe(2); // Ada + Joe
  });

  it('never learns free-mail or own domains as the customer’s domain', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme' });
    const { customer } = await linkPageToCustomer(
      db,
      acme.id,
      signal({
        people: [
          { email: 'me@callprep.app', role: 'from' },
          { email: 'joe@gmail.com', role: 'to' },
          { email: 'jane@hotmail.co.uk', role: 'cc' },
        ],
      }),
      opts,
    );
    expect(customer.domains).toEqual([]);
    expect((await db.contacts.toArray()).flatMap((c) => c.emails).sort()).toEqual([
      'jane@hotmail.co.uk',
      'joe@gmail.com',
    ]);
  });

  it('learns the registrable domain of a subdomain mailbox', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme' });
    const { customer } = await linkPageToCustomer(
      db,
      acme.id,
      signal({ people: [{ email: 'bob@eu.acme.com', role: 'from' }] }),
      opts,
    );
    expect(customer.domains).toEqual(['acme.com']);
  });

  it('does not take another customer’s contact', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme' });
    const other = await addCustomer(db, { name: 'Acme Ventures' });
    const ada = await addContact(db, {
      customerId: other.id,
      name: 'Ada',
      emails: ['ada@acme.com'],
    });
    await linkPageToCustomer(db, acme.id, gmailThread, opts);
    expect(await db.contacts.where('emails').equals('ada@acme.com').toArray()).toEqual([ada]);
  });

  it('moves a CRM ref the seller re-assigns from another customer', async () => {
    const db = testDb();
    const wrong = await addCustomer(db, {
      name: 'Wrong',
      crmRefs: [`salesforce:Account:${SF_ACCOUNT_ID}`, 'hubspot:company:1'],
    });
    const right = await addCustomer(db, { name: 'Right' });
    await linkPageToCustomer(db, right.id, sfAccount, opts);
    expect((await db.customers.get(wrong.id))!.crmRefs).toEqual(['hubspot:company:1']);
    const m = await matchCustomer(sfAccount, db, opts);
    expect(m).toMatchObject({ customerId: right.id, via: 'crm', ambiguous: false });
  });

  it('throws NotFound for a missing customer, and writes nothing', async () => {
    const db = testDb();
    await expect(linkPageToCustomer(db, 'nope', gmailThread, opts)).rejects.toThrow(
      /does not exist/,
    );
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('createCustomerFromSignal', () => {
  it('creates a customer from an account page: name, CRM ref; matches at 1.0', async () => {
    const db = testDb();
    const c = await createCustomerFromSignal(db, sfAccount, opts);
    expect(c).toMatchObject({
      name: 'ACME Holdings Europe',
      nameKey: 'acme holdings europe',
      crmRefs: [`salesforce:Account:${SF_ACCOUNT_ID}`],
      domains: [],
    });
    expect(await matchCustomer(sfAccount, db, opts)).toMatchObject({
      customerId: c.id,
      confidence: 1,
    });
  });

  it('creates a customer from a mail thread: domain-derived name, domain, contacts', async () => {
    const db = testDb();
    const c = await createCustomerFromSignal(db, gmailThread, opts);
    expect(c).toMatchObject({ name: 'Acme', domains: ['acme.com'] });
    const emails = (await db.contacts.where('customerId').equals(c.id).toArray())
      .flatMap((x) => x.emails)
      .sort();
    expect(emails).toEqual(['ada@acme.com', 'joe.bloggs@gmail.com']);
    expect(await matchCustomer(gmailThread, db, opts)).toMatchObject({
      customerId: c.id,
      via: 'email',
    });
  });

  it('takes a name given by the seller, and refuses a page without any name', async () => {
    const db = testDb();
    const c = await createCustomerFromSignal(db, gmailThread, { ...opts, name: '  Acme Europe ' });
    expect(c.name).toBe('Acme Europe');
    const empty = signal({ people: [{ email: 'me@callprep.app', role: 'from' }], title: 'Hello' });
    expect(suggestCustomerName(empty, opts)).toBe('');
    await expect(createCustomerFromSignal(db, empty, opts)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.customers.count()).toBe(1);
  });

  it('suggests names from company, domain, person or record title', () => {
    expect(suggestCustomerName(signal({ company: 'Globex' }), opts)).toBe('Globex');
    expect(
      suggestCustomerName(
        signal({ people: [{ email: 'x@acme-widgets.co.uk', role: 'from' }] }),
        opts,
      ),
    ).toBe('Acme Widgets');
    expect(
      suggestCustomerName(
        signal({ people: [{ name: 'Joe Bloggs', email: 'joe@gmail.com', role: 'from' }] }),
        opts,
      ),
    ).toBe('Joe Bloggs');
    expect(nameFromEmail('ada.lovelace+crm@acme.com')).toBe('Ada Lovelace Crm');
  });
});
