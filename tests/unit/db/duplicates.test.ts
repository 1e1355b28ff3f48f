import { describe, expect, it } from 'vitest';
import { contacts } from '@/lib/db/contacts';
import { customers } from '@/lib/db/customers';
import {
  contactEmailDuplicates,
  customerDuplicates,
  domainLineProblems,
} from '@/lib/db/duplicates';
import { freshDb } from './helpers';

async function world() {
  const db = freshDb();
  const globex = await customers.create(db, {
    name: 'Globex Health',
    domains: ['globexhealth.com'],
  });
  const acme = await customers.create(db, { name: 'Acme', domains: ['acme.com'] });
  const maya = await contacts.create(db, {
    customerId: globex.id,
    name: 'Maya Chen',
    emails: ['maya@globexhealth.com'],
  });
  return { db, globex, acme, maya };
}

describe('duplicate warnings', () => {
  it('warns of a new customer whose name is an existing one written differently', async () => {
    const { db, globex } = await world();
    const [w] = await customerDuplicates(db, { name: 'globex health' });
    expect(w).toMatchObject({ field: 'name', existing: { customerId: globex.id } });
    expect(w!.message).toContain('“Globex Health” already exists');
    // Not about itself when it is the customer being edited.
    expect(await customerDuplicates(db, { id: globex.id, name: 'GLOBEX HEALTH' })).toEqual([]);
    expect(await customerDuplicates(db, { name: 'Initech' })).toEqual([]);
  });

  it('warns of a free-mail domain and of a domain another customer has', async () => {
    const { db, globex, acme } = await world();
    const warnings = await customerDuplicates(db, {
      id: acme.id,
      domains: ['gmail.com', 'www.GlobexHealth.com', 'acme.com'],
    });
    expect(warnings.map((w) => w.field)).toEqual(['domains', 'domains']);
    expect(warnings[0]!.message).toMatch(/^gmail\.com is a free-mail domain/);
    expect(warnings[1]).toMatchObject({ existing: { customerId: globex.id } });
    expect(warnings[1]!.message).toContain(
      'globexhealth.com is already a domain of “Globex Health”',
    );
  });

  it('warns of an email that belongs to another customer’s contact, not to one of the same customer', async () => {
    const { db, globex, acme, maya } = await world();
    const [w] = await contactEmailDuplicates(db, {
      customerId: acme.id,
      emails: [' Maya@GlobexHealth.com '],
    });
    expect(w).toMatchObject({ field: 'emails', existing: { customerId: globex.id } });
    expect(w!.message).toBe(
      'maya@globexhealth.com is already the address of Maya Chen at “Globex Health”.',
    );
    expect(
      await contactEmailDuplicates(db, {
        customerId: globex.id,
        emails: ['maya@globexhealth.com'],
      }),
    ).toEqual([]);
    expect(
      await contactEmailDuplicates(db, {
        contactId: maya.id,
        customerId: acme.id,
        emails: ['maya@globexhealth.com'],
      }),
    ).toEqual([]);
  });

  it('names the line of a domain it cannot read', () => {
    expect(domainLineProblems('acme.com\nacme\n\nglobex.com, not a domain')).toEqual([
      'Line 2: “acme” is not a domain (like acme.com)',
      'Line 4: “not a domain” is not a domain (like acme.com)',
    ]);
    expect(domainLineProblems('https://www.acme.com/about\nacme.co.uk')).toEqual([]);
  });
});
