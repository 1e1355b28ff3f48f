/**
 * The last link of the chain: a saved record page, recognized as the extension
 * recognizes it, matches the row an export of that same record imported — by
 * its record id alone (the rows' names and emails are not the page's).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyImport,
  detectPreset,
  parseCsv,
  planImport,
  presetMapping,
  presetRefTypes,
} from '@/lib/io/csv';
import { matchCustomer } from '@/lib/match/match-customer';
import { recognizePage } from '@/lib/recognize';
import { freshDb } from '../../db/helpers';
import { NOW } from './rows';

const PAGES = join(__dirname, '../../../fixtures/pages');

function recognized(page: string) {
  const { url } = JSON.parse(readFileSync(join(PAGES, `${page}.json`), 'utf8')) as { url: string };
  const html = readFileSync(join(PAGES, `${page}.html`), 'utf8');
  return recognizePage(new DOMParser().parseFromString(html, 'text/html'), url);
}

// One row per export, in its layout, with the page's record id as the export writes it.
const CASES: [page: string, preset: string, csv: string][] = [
  [
    'zoho-record-contact',
    'zoho-contacts',
    '"Record Id","Contact Owner","First Name","Last Name","Account Name","Email","Created Time"\n' +
      '"zcrm_4876876000000231017","Dana Seller","Imported","Person","Imported Co","imported@imported.example","2026-03-14 10:22:05"\n',
  ],
  [
    'zoho-record-lead',
    'zoho-leads',
    '"Record Id","Lead Owner","Company","First Name","Last Name","Email","Created Time"\n' +
      '"zcrm_3651000000458001","Dana Seller","Imported Co","Imported","Person","imported@imported.example","2026-03-14 10:22:05"\n',
  ],
  [
    'zoho-record-account',
    'zoho-accounts',
    '"Record Id","Account Owner","Account Name","Website","Created Time"\n' +
      '"zcrm_4876876000000231001","Dana Seller","Imported Co","imported.example","2026-03-14 10:22:05"\n',
  ],
  [
    'dynamics-record-contact',
    'dynamics-contacts',
    '(Do Not Modify) Contact,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,Full Name,Email,Company Name\r\n' +
      '5a3c9f11-28e4-ee11-904c-000d3ab8c21f,dGVzdA==,11/30/2026 14:02,Imported Person,imported@imported.example,Imported Co\r\n',
  ],
  [
    'dynamics-record-account-braces',
    'dynamics-accounts',
    '(Do Not Modify) Account,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,Account Name,Website\r\n' +
      '8d1b7e42-0a12-ef11-9f89-6045bd0070a4,dGVzdA==,11/30/2026 14:02,Imported Co,imported.example\r\n',
  ],
  [
    'salesforce-record-lead-details',
    'salesforce-leads',
    '"First Name","Last Name","Company / Account","Email","Lead Status","Lead ID"\n' +
      '"Imported","Person","Imported Co","imported@imported.example","Open","00Q5e00000KwMnS"\n',
  ],
];

describe('a record page matches the record its CRM exported', () => {
  it.each(CASES)('%s ← %s export', async (page, presetId, text) => {
    const signal = recognized(page);
    expect(signal?.record).toBeDefined();
    const db = freshDb();
    const csv = parseCsv(text);
    const preset = detectPreset(csv.headers)!;
    expect(preset.id).toBe(presetId);
    const mapping = presetMapping(preset, csv.headers);
    const plan = await planImport(db, csv.rows, mapping, {
      system: preset.system,
      refTypes: presetRefTypes(preset, mapping.kind, preset.system),
      now: NOW,
    });
    expect(plan.rejected).toEqual([]);
    await applyImport(db, plan);

    const match = await matchCustomer(signal!, db, { ownDomains: [] });
    expect(match).toMatchObject({ name: 'Imported Co', via: 'crm' });
  });
});
