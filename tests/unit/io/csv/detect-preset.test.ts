import { describe, expect, it } from 'vitest';
import { detectPreset, PRESETS } from '@/lib/io/csv';
import { presetHeader } from '@/lib/io/csv/presets';
import { loadCsv } from '../fixtures';

/** Each real-layout export, and the one preset that must take it (null: the mapping screen). */
const EXPORTS: [file: string, preset: string | null][] = [
  ['salesforce-contacts.csv', 'salesforce-contacts'],
  ['salesforce-contacts-report-1252.csv', 'salesforce-contacts'],
  ['salesforce-accounts.csv', 'salesforce-accounts'],
  ['salesforce-leads-report.csv', 'salesforce-leads'],
  ['salesforce-leads-dataloader.csv', 'salesforce-leads'],
  ['hubspot-contacts.csv', 'hubspot-contacts'],
  ['hubspot-companies.csv', 'hubspot-companies'],
  ['pipedrive-people.csv', 'pipedrive-people'],
  ['pipedrive-people-default.csv', 'pipedrive-people'],
  ['pipedrive-people-fr.csv', 'pipedrive-people'],
  ['pipedrive-organizations.csv', 'pipedrive-organizations'],
  ['zoho-contacts.csv', 'zoho-contacts'],
  ['zoho-accounts.csv', 'zoho-accounts'],
  ['zoho-leads.csv', 'zoho-leads'],
  ['dynamics-contacts.csv', 'dynamics-contacts'],
  ['dynamics-accounts.csv', 'dynamics-accounts'],
  ['dynamics-leads.csv', 'dynamics-leads'],
  ['generic-list.csv', null],
  ['german-contacts-semicolon.csv', null],
];

/** Data Loader and weekly-export layouts (API names), which have no fixture file of their own. */
const API_HEADERS: [headers: string[], preset: string][] = [
  [['Id', 'AccountId', 'FirstName', 'LastName', 'Email', 'OwnerId'], 'salesforce-contacts'],
  [['Id', 'Name', 'OwnerId', 'BillingCity', 'Website'], 'salesforce-accounts'],
  [['Id', 'FirstName', 'LastName', 'Company', 'Email'], 'salesforce-leads'],
  [['Id', 'Name', 'OwnerId', 'Company', 'LastName', 'Status'], 'salesforce-leads'],
];

/** Every preset whose detector takes these headers, whatever the order of PRESETS. */
function detectorsTaking(headers: string[]): string[] {
  const present = new Set(headers.map(presetHeader));
  return PRESETS.filter((p) => p.detect((h) => present.has(h))).map((p) => p.id);
}

describe('each export is taken by its own preset and by no other detector', () => {
  it.each(EXPORTS)('%s → %s', (file, preset) => {
    const { headers } = loadCsv(file);
    expect(detectorsTaking(headers)).toEqual(preset ? [preset] : []);
    expect(detectPreset(headers)?.id ?? null).toBe(preset);
  });

  it.each(API_HEADERS)('%j → %s', (headers, preset) => {
    expect(detectorsTaking(headers)).toEqual([preset]);
  });

  it('lists every preset in the dropdown under a label that names the CRM and the records', () => {
    expect(PRESETS.map((p) => p.label)).toEqual([
      'Salesforce contacts',
      'Salesforce accounts',
      'Salesforce leads',
      'HubSpot contacts',
      'HubSpot companies',
      'Pipedrive people',
      'Pipedrive organizations',
      'Zoho CRM contacts',
      'Zoho CRM accounts',
      'Zoho CRM leads',
      'Dynamics 365 contacts',
      'Dynamics 365 accounts',
      'Dynamics 365 leads',
    ]);
    // every preset has a fixture here, so none is left untested
    expect(new Set(PRESETS.map((p) => p.id))).toEqual(
      new Set([...EXPORTS, ...API_HEADERS].flatMap(([, id]) => (id ? [id] : []))),
    );
  });
});
