import { describe, expect, it } from 'vitest';
import { detectPreset, presetMapping } from '@/lib/io/csv';
import { freshDb } from '../../db/helpers';
import { loadCsv } from '../fixtures';
import { importFixture, matchedByRecord } from './crm-exports';

describe('Dynamics 365 exports (Export to Excel, saved as CSV)', () => {
  it('maps a contacts export: the key column is the id, the other (Do Not Modify) columns are ignored', () => {
    const csv = loadCsv('dynamics-contacts.csv');
    expect(presetMapping(detectPreset(csv.headers)!, csv.headers).columns).toEqual([
      'crmId', // (Do Not Modify) Contact
      'ignore', // (Do Not Modify) Row Checksum
      'ignore', // (Do Not Modify) Modified On
      'name',
      'email',
      'company', // Company Name (parentcustomerid)
      'phone', // Business Phone
      'phone', // Mobile Phone
      'title',
      'ignore', // Address 1: City
      'ignore', // Created On
    ]);
  });

  it('imports contacts whose record pages then match by their guid', async () => {
    const db = freshDb();
    const plan = await importFixture(db, 'dynamics-contacts.csv', 'dynamics-contacts');
    expect(plan.rejected).toEqual([]);
    expect(plan.contacts.create.map((c) => [c.name, c.title, c.phone, c.crmRefs])).toEqual([
      [
        'Wile E. Coyote',
        'Head of Procurement',
        '(212) 555-0101',
        ['dynamics:contact:8ac0b4a9-8c2c-eb11-a813-000d3a8d8a9c'],
      ],
      [
        'Zoë Müller',
        'Geschäftsführerin',
        '+49 30 1234568',
        ['dynamics:contact:1f3e6d02-8d2c-eb11-a813-000d3a8d8a9c'],
      ],
      [
        'Hank Scorpio',
        'CEO, "Globex"',
        '',
        ['dynamics:contact:5b8a77c4-a0f1-ec11-bb3d-000d3a4f6e21'],
      ],
    ]);
    expect(plan.customers.create.map((c) => c.name)).toEqual([
      'Acme, Inc.',
      'Zoë Müller Design GmbH',
      'Globex Corporation',
    ]);
    // the URL's id=%7B1F3E6D02-…%7D, as parseDynamicsUrl gives it
    expect(
      await matchedByRecord(db, 'dynamics', 'contact', '1f3e6d02-8d2c-eb11-a813-000d3a8d8a9c'),
    ).toEqual({ customer: 'Zoë Müller Design GmbH', contact: 'Zoë Müller' });
    expect(
      await matchedByRecord(db, 'dynamics', 'lead', '1f3e6d02-8d2c-eb11-a813-000d3a8d8a9c'),
    ).toBeNull();
  });

  it('imports accounts onto the customers by name, with their guid for the account page', async () => {
    const db = freshDb();
    await importFixture(db, 'dynamics-contacts.csv', 'dynamics-contacts');
    const csv = loadCsv('dynamics-accounts.csv');
    // "Email (Primary Contact) (Contact)" is the primary contact's, not the account's
    expect(presetMapping(detectPreset(csv.headers)!, csv.headers).columns).toEqual([
      'crmId',
      'ignore',
      'ignore',
      'name',
      'ignore', // Main Phone
      'ignore',
      'ignore', // Primary Contact
      'ignore', // Email (Primary Contact) (Contact)
      'website',
      'industry',
    ]);
    const plan = await importFixture(db, 'dynamics-accounts.csv', 'dynamics-accounts');
    expect(plan.rejected).toEqual([]);
    expect(plan.customers.create).toEqual([]);
    expect(plan.customers.update.map((c) => [c.name, c.crmRefs]).sort()).toEqual([
      ['Acme, Inc.', ['dynamics:account:d2b7c6a1-7b2c-eb11-a813-000d3a8d8a9c']],
      ['Globex Corporation', ['dynamics:account:0c9d5e27-a0f1-ec11-bb3d-000d3a4f6e21']],
      ['Zoë Müller Design GmbH', ['dynamics:account:e41a90f3-7b2c-eb11-a813-000d3a8d8a9c']],
    ]);
    expect(
      await matchedByRecord(db, 'dynamics', 'account', 'd2b7c6a1-7b2c-eb11-a813-000d3a8d8a9c'),
    ).toEqual({ customer: 'Acme, Inc.', contact: undefined });
  });

  it('imports leads as contacts of their Company Name, with lead refs', async () => {
    const db = freshDb();
    const plan = await importFixture(db, 'dynamics-leads.csv', 'dynamics-leads');
    expect(plan.rejected).toEqual([]);
    expect(plan.contacts.create.map((c) => [c.name, c.crmRefs])).toEqual([
      ['Alice Abernathy', ['dynamics:lead:3f2504e0-4f89-11d3-9a0c-0305e82c3301']],
      ['Richard Hendricks', ['dynamics:lead:7c9e6679-7425-40de-944b-e07fc1f90ae7']],
    ]);
    expect(plan.customers.create.map((c) => [c.name, c.crmRefs])).toEqual([
      ['Umbrella Corporation, Ltd.', []],
      ['Pied Piper', []],
    ]);
    expect(
      await matchedByRecord(db, 'dynamics', 'lead', '7c9e6679-7425-40de-944b-e07fc1f90ae7'),
    ).toEqual({ customer: 'Pied Piper', contact: 'Richard Hendricks' });
    expect(
      await matchedByRecord(db, 'dynamics', 'contact', '7c9e6679-7425-40de-944b-e07fc1f90ae7'),
    ).toBeNull();
  });
});
