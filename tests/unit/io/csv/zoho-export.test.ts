import { describe, expect, it } from 'vitest';
import { detectPreset, presetMapping } from '@/lib/io/csv';
import { freshDb } from '../../db/helpers';
import { loadCsv } from '../fixtures';
import { importFixture, matchedByRecord } from './crm-exports';

describe('Zoho CRM exports', () => {
  it('maps a contacts export: zcrm_ ids, both emails, the account and its id', () => {
    const csv = loadCsv('zoho-contacts.csv');
    expect(presetMapping(detectPreset(csv.headers)!, csv.headers).columns).toEqual([
      'crmId', // Record Id
      'ignore', // Contact Owner.id
      'ignore', // Contact Owner
      'ignore', // Lead Source
      'firstName',
      'lastName',
      'companyCrmId', // Account Name.id
      'company', // Account Name
      'email',
      'title',
      'ignore', // Department
      'phone',
      'phone', // Mobile
      'email', // Secondary Email
      'ignore',
      'ignore',
      'ignore', // Created Time
      'ignore', // Modified Time
      'ignore',
      'ignore', // Tag
      'ignore',
    ]);
  });

  it('imports contacts whose record pages and account pages then match by record id', async () => {
    const db = freshDb();
    const plan = await importFixture(db, 'zoho-contacts.csv', 'zoho-contacts');
    expect(plan.contacts.create.map((c) => [c.name, c.crmRefs, c.emails])).toEqual([
      [
        'Wile E. Coyote',
        ['zoho:Contacts:3652397000000343145'],
        ['wile@acme.com', 'wile.coyote@gmail.com'],
      ],
      ['Zoë Müller', ['zoho:Contacts:3652397000000343167'], ['zoe.mueller@mueller-design.de']],
      ['Hank Scorpio', ['zoho:Contacts:3652397000000343189'], ['hank@globex.com']],
    ]);
    // a contact without an account (and no known customer with the domain) is listed, as for any CRM
    expect(plan.rejected).toEqual([
      {
        row: 5,
        reason: 'no company: the row names none, and no customer has the domain initech.com',
      },
    ]);
    expect(plan.customers.create.map((c) => [c.name, c.crmRefs])).toEqual([
      ['Acme, Inc.', ['zoho:Accounts:3652397000000343001']],
      ['Zoë Müller Design GmbH', ['zoho:Accounts:3652397000000343023']],
      ['Globex Corporation', ['zoho:Accounts:3652397000000343045']],
    ]);

    expect(await matchedByRecord(db, 'zoho', 'Contacts', '3652397000000343145')).toEqual({
      customer: 'Acme, Inc.',
      contact: 'Wile E. Coyote',
    });
    expect(await matchedByRecord(db, 'zoho', 'Accounts', '3652397000000343045')).toEqual({
      customer: 'Globex Corporation',
      contact: undefined,
    });
    // a lead with a contact's digits is another record
    expect(await matchedByRecord(db, 'zoho', 'Leads', '3652397000000343145')).toBeNull();
  });

  it('imports accounts onto the customers a contacts export made, by the account id', async () => {
    const db = freshDb();
    await importFixture(db, 'zoho-contacts.csv', 'zoho-contacts');
    const plan = await importFixture(db, 'zoho-accounts.csv', 'zoho-accounts');
    expect(plan.rejected).toEqual([]);
    expect(plan.customers.create).toEqual([]);
    const updated = plan.customers.update.map((c) => [c.name, c.domains, c.industry]);
    expect(updated.sort()).toEqual([
      ['Acme, Inc.', ['acme.com'], 'Manufacturing'],
      ['Globex Corporation', ['globex.com'], 'Energy'],
      ['Zoë Müller Design GmbH', ['mueller-design.de'], 'Design'],
    ]);
    expect(await matchedByRecord(db, 'zoho', 'Accounts', '3652397000000343023')).toEqual({
      customer: 'Zoë Müller Design GmbH',
      contact: undefined,
    });
  });

  it('imports leads as contacts of their plain Company, with Leads refs', async () => {
    const db = freshDb();
    const plan = await importFixture(db, 'zoho-leads.csv', 'zoho-leads');
    expect(plan.rejected).toEqual([]);
    expect(plan.contacts.create.map((c) => [c.name, c.title, c.crmRefs])).toEqual([
      ['Alice Abernathy', 'VP Research', ['zoho:Leads:3652397000000412007']],
      ['Józef Wiśniewski', 'Kierownik zakupów', ['zoho:Leads:3652397000000412029']],
      ['Richard Hendricks', 'CTO', ['zoho:Leads:3652397000000412051']],
    ]);
    expect(plan.customers.create.map((c) => [c.name, c.crmRefs])).toEqual([
      ['Umbrella Corporation, Ltd.', []],
      ['Łódź Logistics Sp. z o.o.', []],
      ['Pied Piper', []],
    ]);
    expect(await matchedByRecord(db, 'zoho', 'Leads', '3652397000000412029')).toEqual({
      customer: 'Łódź Logistics Sp. z o.o.',
      contact: 'Józef Wiśniewski',
    });
    expect(await matchedByRecord(db, 'zoho', 'Contacts', '3652397000000412029')).toBeNull();
  });
});
