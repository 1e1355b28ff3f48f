import { describe, expect, it } from 'vitest';
import { detectPreset, presetMapping } from '@/lib/io/csv';
import { freshDb } from '../../db/helpers';
import { loadCsv } from '../fixtures';
import { importFixture, matchedByRecord } from './crm-exports';

const ALICE = '00Q5g00000AbLeAEAV';

describe('Salesforce lead exports', () => {
  it('maps a lead report (Company / Account is the company) and skips its footer', () => {
    const csv = loadCsv('salesforce-leads-report.csv');
    expect(csv.rows).toHaveLength(3);
    expect(presetMapping(detectPreset(csv.headers)!, csv.headers).columns).toEqual([
      'ignore', // Lead Owner
      'firstName',
      'lastName',
      'title',
      'company',
      'email',
      'phone',
      'ignore', // Lead Source
      'ignore', // Lead Status
      'ignore', // Rating
      'ignore', // Create Date
      'crmId', // Lead ID
    ]);
  });

  it('imports report leads as Lead refs, never Contact ones, so the Lead page matches', async () => {
    const db = freshDb();
    const plan = await importFixture(db, 'salesforce-leads-report.csv', 'salesforce-leads');
    expect(plan.rejected).toEqual([]);
    expect(plan.contacts.create.map((c) => [c.name, c.crmRefs])).toEqual([
      ['Alice Abernathy', [`salesforce:Lead:${ALICE}`]],
      ['Józef Wiśniewski', ['salesforce:Lead:00Q5g00000JoZeFEAV']],
      ['Richard Hendricks', ['salesforce:Lead:00Q5g00000RiChDEAV']],
    ]);
    expect(plan.customers.create.map((c) => c.name)).toEqual([
      'Umbrella Corporation, Ltd.',
      'Łódź Logistics Sp. z o.o.',
      'Pied Piper',
    ]);
    expect(await matchedByRecord(db, 'salesforce', 'Lead', ALICE)).toEqual({
      customer: 'Umbrella Corporation, Ltd.',
      contact: 'Alice Abernathy',
    });
    expect(await matchedByRecord(db, 'salesforce', 'Contact', ALICE)).toBeNull();
  });

  it('imports a Data Loader extract (upper-case API names, Name and OwnerId too) as leads', async () => {
    const db = freshDb();
    const csv = loadCsv('salesforce-leads-dataloader.csv');
    expect(presetMapping(detectPreset(csv.headers)!, csv.headers).columns).toEqual([
      'crmId',
      'name',
      'firstName',
      'lastName',
      'company',
      'email',
      'title',
      'phone',
      'ignore',
      'ignore',
      'ignore', // OWNERID: a user's id, not the lead's
      'ignore',
      'ignore',
    ]);
    const plan = await importFixture(db, 'salesforce-leads-dataloader.csv', 'salesforce-leads');
    expect(plan.rejected).toEqual([]);
    expect(plan.contacts.create.map((c) => c.crmRefs)).toEqual([
      [`salesforce:Lead:${ALICE}`],
      ['salesforce:Lead:00Q5g00000RiChDEAV'],
    ]);
    expect(await matchedByRecord(db, 'salesforce', 'Lead', '00Q5g00000RiChDEAV')).toEqual({
      customer: 'Pied Piper',
      contact: 'Richard Hendricks',
    });
  });

  it('a report then the Data Loader extract of the same leads changes nothing', async () => {
    const db = freshDb();
    await importFixture(db, 'salesforce-leads-report.csv', 'salesforce-leads');
    const again = await importFixture(db, 'salesforce-leads-dataloader.csv', 'salesforce-leads');
    expect(again.contacts.create).toEqual([]);
    expect(again.customers.create).toEqual([]);
  });
});
