import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, detectPreset, ImportError, parseCsv, presetMapping } from '@/lib/io/csv';
import { csvBytes, loadCsv } from './fixtures';

describe('parseCsv', () => {
  it('reads a Salesforce report export: BOM, CRLF, quoted commas and a newline in a value', () => {
    const { headers, rows } = loadCsv('salesforce-accounts.csv');
    expect(headers[0]).toBe('Account Owner'); // no BOM left on the first header
    expect(headers).toContain('Account ID');
    expect(rows).toHaveLength(6);
    expect(rows[0]![1]).toBe('Acme, Inc.');
    expect(rows[0]![7]).toBe('1 Main St\r\nSuite 400');
    expect(rows[2]![1]).toBe('Zoë Müller Design GmbH');
    expect(rows[3]![1]).toBe('株式会社サンプル');
  });

  it('detects the `;` separator of a European export, and keeps commas inside values', () => {
    const { headers, rows, delimiter } = loadCsv('pipedrive-organizations.csv');
    expect(delimiter).toBe(';');
    expect(headers[0]).toBe('Organization - ID');
    expect(rows[0]![3]).toBe('Hauptstraße 5, 80331 München, Deutschland');
    expect(rows[1]![1]).toBe('Café "Zur Post" KG');
    expect(rows[2]![1]).toBe('Łódź Logistics Sp. z o.o.');
  });

  it('pads short rows and cuts long ones to the header width', () => {
    const { rows } = parseCsv('a,b,c\n1\n1,2,3,4\n');
    expect(rows).toEqual([
      ['1', '', ''],
      ['1', '2', '3'],
    ]);
  });

  it('reads tab-separated text too', () => {
    expect(parseCsv('Name\tEmail\nAda\tada@x.com\n').rows).toEqual([['Ada', 'ada@x.com']]);
  });

  it.each([
    ['truncated-quote.csv', /never closed/],
    ['header-only.csv', /header row but no data rows/],
  ])('refuses %s with a clear message', (name, message) => {
    expect(() => loadCsv(name)).toThrow(ImportError);
    expect(() => loadCsv(name)).toThrow(message);
  });

  it('refuses empty text and text with replacement characters', () => {
    expect(() => parseCsv('')).toThrow(/empty/);
    expect(() => parseCsv('  \n\n')).toThrow(/empty/);
    expect(() => parseCsv('Name\nZo\uFFFD\n')).toThrow(/not valid UTF-8/);
  });
});

describe('decodeCsvBytes', () => {
  it('refuses an empty file', () => {
    expect(() => decodeCsvBytes(csvBytes('empty.csv'))).toThrow(/empty/);
  });
  it('refuses binary data', () => {
    expect(() => decodeCsvBytes(csvBytes('binary.csv'))).toThrow(/not a CSV file/);
  });
  // was latin1.csv, which is now read as Windows-1252 (issue 17): a file in another encoding is refused
  it('refuses bytes that are neither UTF-8 nor Windows-1252, saying how to save as UTF-8', () => {
    expect(() => decodeCsvBytes(csvBytes('unknown-encoding.csv'))).toThrow(/not UTF-8.*CSV UTF-8/);
  });
  it('refuses a file over the size limit before decoding it', () => {
    expect(() => decodeCsvBytes(new Uint8Array(50 * 1024 * 1024 + 1))).toThrow(/up to 50 MB/);
  });
});

describe('detectPreset', () => {
  it.each([
    ['salesforce-accounts.csv', 'salesforce-accounts'],
    ['salesforce-contacts.csv', 'salesforce-contacts'],
    ['hubspot-companies.csv', 'hubspot-companies'],
    ['hubspot-contacts.csv', 'hubspot-contacts'],
    ['pipedrive-organizations.csv', 'pipedrive-organizations'],
    ['pipedrive-people.csv', 'pipedrive-people'],
    ['duplicate-ids.csv', 'pipedrive-organizations'],
  ])('%s → %s', (file, preset) => {
    expect(detectPreset(loadCsv(file).headers)?.id).toBe(preset);
  });

  it('knows Salesforce API-name exports (Data Loader, weekly export)', () => {
    expect(detectPreset(['Id', 'AccountId', 'FirstName', 'LastName', 'Email'])?.id).toBe(
      'salesforce-contacts',
    );
    expect(detectPreset(['Id', 'Name', 'Website', 'BillingCity', 'OwnerId'])?.id).toBe(
      'salesforce-accounts',
    );
  });

  it('leaves any other CSV to the mapping screen', () => {
    expect(detectPreset(loadCsv('generic-list.csv').headers)).toBeNull();
    expect(detectPreset(['Id', 'Name', 'Email'])).toBeNull();
  });

  it('maps Pipedrive column families (every “Person - Email - …” is an email)', () => {
    const { headers } = loadCsv('pipedrive-people.csv');
    const mapping = presetMapping(detectPreset(headers)!, headers);
    expect(mapping.kind).toBe('contacts');
    expect(mapping.columns).toEqual([
      'crmId',
      'name',
      'company',
      'email',
      'email',
      'phone',
      'ignore',
      'ignore',
    ]);
  });
});
