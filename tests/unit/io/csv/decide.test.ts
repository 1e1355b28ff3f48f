import { describe, expect, it } from 'vitest';
import {
  decideRows,
  duplicateIds,
  planContactRow,
  planCustomerRow,
} from '@/lib/io/csv/plan-steps/decide';
import { PlannedContacts, PlannedCustomers } from '@/lib/io/csv/plan-steps/working-set';
import type { Draft } from '@/lib/io/csv/plan-steps/types';
import { contact, contextFor, customer, draft, newIdNumber, NOW, numberedIds } from './rows';

const companies = contextFor('customers', ['crmId', 'name'], {
  system: 'hubspot',
  headers: ['Record ID', 'Name'],
});
const people = contextFor('contacts', ['crmId', 'name', 'email', 'company'], {
  system: 'hubspot',
  ownDomains: ['seller.example'],
});

/** A contact draft with its person as readRow would have validated it. */
function personDraft(fields: Partial<Draft> & { name: string }): Draft {
  const d = draft(fields);
  d.person = contact({
    id: 'check',
    customerId: 'check',
    name: d.name,
    emails: d.emails,
    crmRefs: d.ref ? [d.ref] : [],
    createdAt: NOW,
    updatedAt: NOW,
  });
  return d;
}

describe('duplicateIds', () => {
  it('rejects a later row with a CRM id an earlier row had, naming both', () => {
    const duplicateOf = duplicateIds(companies);
    expect(duplicateOf(draft({ row: 2, name: 'A', ref: 'hubspot:company:7' }))).toBeNull();
    expect(duplicateOf(draft({ row: 3, name: 'B' }))).toBeNull();
    expect(duplicateOf(draft({ row: 5, name: 'C', ref: 'hubspot:company:7' }))).toEqual({
      rejected: 'duplicate: the same Record ID 7 as row 2',
    });
  });
});

describe('planCustomerRow', () => {
  it('creates a company nothing matches', () => {
    numberedIds();
    const customers = new PlannedCustomers([]);
    expect(
      planCustomerRow(draft({ name: 'Hooli', domains: ['hooli.xyz'] }), customers, companies),
    ).toBe('planned');
    expect(customers.get(newIdNumber(1))).toMatchObject({ name: 'Hooli', domains: ['hooli.xyz'] });
    expect(customers.isCreated(newIdNumber(1))).toBe(true);
  });

  it('matched by CRM id takes the CRM’s name; matched by name keeps the seller’s', () => {
    const byRef = customer({ id: 'c1', name: 'Acme', crmRefs: ['hubspot:company:1'] });
    const byName = customer({ id: 'c2', name: 'The Umbrella Corp', nameKey: 'umbrella' });
    const customers = new PlannedCustomers([byRef, byName]);
    const renamed = draft({ name: 'Acme Worldwide', ref: 'hubspot:company:1' });
    expect(planCustomerRow(renamed, customers, companies)).toBe('planned');
    expect(customers.get('c1')).toMatchObject({ name: 'Acme Worldwide', updatedAt: NOW });
    const learned = draft({ name: 'Umbrella', ref: 'hubspot:company:2' });
    expect(planCustomerRow(learned, customers, companies)).toBe('planned');
    expect(customers.get('c2')).toMatchObject({
      name: 'The Umbrella Corp',
      crmRefs: ['hubspot:company:2'],
    });
  });

  it('never moves updatedAt back, and says unchanged when the row adds nothing', () => {
    const later = customer({ id: 'c1', name: 'Acme', domains: ['acme.com'], updatedAt: NOW + 99 });
    const customers = new PlannedCustomers([later]);
    expect(
      planCustomerRow(draft({ name: 'ACME', domains: ['acme.com'] }), customers, companies),
    ).toBe('unchanged');
    planCustomerRow(draft({ name: 'Acme', domains: ['acme.io'] }), customers, companies);
    expect(customers.get('c1')?.updatedAt).toBe(NOW + 99);
  });
});

describe('planContactRow', () => {
  it('creates the company the row names, once, and the people in it', () => {
    numberedIds();
    const customers = new PlannedCustomers([]);
    const contacts = new PlannedContacts([]);
    const ada = personDraft({
      name: 'Ada',
      company: 'Engines Ltd',
      emails: ['ada@mail.engines.io'],
    });
    const bob = personDraft({ name: 'Bob', company: 'Engines', emails: ['bob@gmail.com'] });
    expect(planContactRow(ada, customers, contacts, people)).toBe('planned');
    expect(planContactRow(bob, customers, contacts, people)).toBe('planned');
    expect([...customers.rows.values()]).toEqual([
      expect.objectContaining({ id: newIdNumber(1), name: 'Engines Ltd', domains: ['engines.io'] }),
    ]);
    expect([...contacts.rows.values()].map((c) => [c.id, c.name, c.customerId])).toEqual([
      [newIdNumber(2), 'Ada', newIdNumber(1)],
      [newIdNumber(3), 'Bob', newIdNumber(1)],
    ]);
  });

  it('finds the company by a work email domain when the row names none', () => {
    const acme = customer({ id: 'c1', name: 'Acme', domains: ['acme.co.uk'] });
    const customers = new PlannedCustomers([acme]);
    const contacts = new PlannedContacts([]);
    planContactRow(
      personDraft({ name: 'Ada', emails: ['ada@eu.acme.co.uk'] }),
      customers,
      contacts,
      people,
    );
    expect([...contacts.rows.values()][0]?.customerId).toBe('c1');
  });

  it('rejects a person without a company, saying why', () => {
    const customers = new PlannedCustomers([]);
    const contacts = new PlannedContacts([]);
    expect(
      planContactRow(
        personDraft({ name: 'Ada', emails: ['ada@nowhere.io'] }),
        customers,
        contacts,
        people,
      ),
    ).toEqual({
      rejected: 'no company: the row names none, and no customer has the domain nowhere.io',
    });
    expect(
      planContactRow(
        personDraft({ name: 'Ada', emails: ['ada@gmail.com'] }),
        customers,
        contacts,
        people,
      ),
    ).toEqual({
      rejected:
        'no company: the row names none (import the companies first, or map a company column)',
    });
  });

  it('learns the company’s CRM id; an unchanged person then still counts as planned', () => {
    const acme = customer({ id: 'c1', name: 'Acme' });
    const ada = contact({ id: 'p1', customerId: 'c1', name: 'Ada', emails: ['ada@acme.com'] });
    const customers = new PlannedCustomers([acme]);
    const contacts = new PlannedContacts([ada]);
    const row = personDraft({
      name: 'Ada',
      company: 'Acme',
      companyRef: 'hubspot:company:1',
      emails: ['ada@acme.com'],
    });
    expect(planContactRow(row, customers, contacts, people)).toBe('planned');
    expect(customers.get('c1')?.crmRefs).toEqual(['hubspot:company:1']);
    expect(contacts.get('p1')).toBe(ada);
    expect(planContactRow(row, customers, contacts, people)).toBe('unchanged');
  });

  it('updates an existing person matched by email, at the plan’s time', () => {
    const acme = customer({ id: 'c1', name: 'Acme' });
    const ada = contact({ id: 'p1', customerId: 'c1', name: 'Ada', emails: ['ada@acme.com'] });
    const customers = new PlannedCustomers([acme]);
    const contacts = new PlannedContacts([ada]);
    const row = personDraft({
      name: 'Ada Lovelace',
      company: 'Acme',
      title: 'CTO',
      emails: ['ada@acme.com'],
    });
    expect(planContactRow(row, customers, contacts, people)).toBe('planned');
    expect(contacts.get('p1')).toMatchObject({ name: 'Ada', title: 'CTO', updatedAt: NOW });
  });
});

describe('decideRows', () => {
  it('counts unchanged rows and collects rejections with their row numbers', () => {
    const acme = customer({ id: 'c1', name: 'Acme', crmRefs: ['hubspot:company:1'] });
    const out = decideRows(
      [
        draft({ row: 2, name: 'Acme', ref: 'hubspot:company:1' }),
        draft({ row: 3, name: 'Acme again', ref: 'hubspot:company:1' }),
        draft({ row: 4, name: 'Nameless', domains: ['bad'] as string[] }),
      ],
      new PlannedCustomers([acme]),
      new PlannedContacts([]),
      companies,
    );
    expect(out.unchanged).toBe(1);
    expect(out.rejected).toEqual([
      { row: 3, reason: 'duplicate: the same Record ID 1 as row 2' },
      { row: 4, reason: expect.stringMatching(/^domains /) },
    ]);
  });
});
