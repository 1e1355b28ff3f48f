import { describe, expect, it } from 'vitest';
import { columnReader } from '@/lib/io/csv/plan-steps/columns';
import {
  readCompanyRef,
  readDomains,
  readEmails,
  readRow,
  readRows,
} from '@/lib/io/csv/plan-steps/read-row';
import type { ColumnField, ImportKind } from '@/lib/io/csv';
import { contextFor, NOW } from './rows';

function reading(kind: ImportKind, columns: ColumnField[], system: string | null = null) {
  const ctx = contextFor(kind, columns, { system, headers: columns.map((c) => `[${c}]`) });
  const read = columnReader(columns);
  const warnings: string[] = [];
  return {
    ctx,
    warnings,
    row: (cells: string[]) => readRow(cells, 7, read, ctx, (m) => warnings.push(m)),
  };
}

describe('readRow: companies', () => {
  const columns: ColumnField[] = ['crmId', 'name', 'company', 'website', 'industry'];

  it('reads a good row into a draft with its CRM ref and usable domains', () => {
    const { row, warnings } = reading('customers', columns, 'hubspot');
    expect(
      row(['42.0', '', ' Acme,  Inc. ', 'https://www.acme.com/about gmail.com', 'Tools']),
    ).toEqual({
      row: 7,
      name: 'Acme, Inc.',
      company: 'Acme, Inc.',
      domains: ['acme.com'],
      emails: [],
      ref: 'hubspot:company:42',
      companyRef: null,
      title: '',
      phone: '',
      industry: 'Tools',
    });
    expect(warnings).toEqual([
      'gmail.com is a free-mail or your own domain; not used to recognize this customer',
    ]);
  });

  it('rejects a bad CRM id before anything else is read (so no warnings)', () => {
    const { row, warnings } = reading('customers', columns, 'hubspot');
    expect(row(['abc', 'Acme', '', 'not_a_domain', ''])).toEqual({
      row: 7,
      reason: '[crmId] “abc” is not a valid hubspot id',
    });
    expect(warnings).toEqual([]);
  });

  it('rejects an empty name, or one with no letters or digits, after warning about the rest', () => {
    const { row, warnings } = reading('customers', columns, 'hubspot');
    expect(row(['', '', '', 'x', ''])).toEqual({ row: 7, reason: 'the company name is empty' });
    expect(row(['', '***', '', '', ''])).toEqual({
      row: 7,
      reason: 'the company name “***” has no letters or digits',
    });
    expect(warnings).toEqual(['“x” is not a domain or website; left out']);
  });
});

describe('readRow: people', () => {
  const columns: ColumnField[] = ['firstName', 'lastName', 'email', 'company', 'title'];

  it('names a person from first and last name, else the first valid email', () => {
    const { row } = reading('contacts', columns);
    expect(row([' Ada ', 'Lovelace', 'ADA@Engines.io', 'Engines', 'CTO'])).toMatchObject({
      name: 'Ada Lovelace',
      emails: ['ada@engines.io'],
      company: 'Engines',
    });
    expect(row(['', '', 'grace@navy.mil', '', ''])).toMatchObject({ name: 'grace@navy.mil' });
  });

  it('carries the person already validated as a contact row, so it is never checked again', () => {
    const { row } = reading('contacts', columns);
    const d = row(['Ada', '', 'ada@engines.io', 'Engines', 'CTO']);
    expect('reason' in d).toBe(false);
    expect(!('reason' in d) && d.person).toEqual({
      id: 'check',
      customerId: 'check',
      name: 'Ada',
      title: 'CTO',
      emails: ['ada@engines.io'],
      phone: '',
      crmRefs: [],
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('rejects a person the contact schema refuses, saying which field', () => {
    const { row } = reading('contacts', columns);
    const d = row(['Ada', '', '', '', 'x'.repeat(5000)]);
    expect(d).toMatchObject({ row: 7, reason: expect.stringMatching(/^title /) });
  });

  it('rejects a row with no name and no valid email, keeping the warning', () => {
    const { row, warnings } = reading('contacts', columns);
    expect(row(['', '', 'nope', 'Engines', ''])).toEqual({
      row: 7,
      reason: 'the row has no name and no valid email address',
    });
    expect(warnings).toEqual(['“nope” is not an email address; left out']);
  });
});

describe('the field readers', () => {
  const ctx = contextFor('contacts', ['email', 'companyCrmId'], {
    system: 'salesforce',
    headers: ['Email', 'Account ID'],
  });

  it('readCompanyRef takes the first id of the cell; a bad one is a warning', () => {
    const warnings: string[] = [];
    const warn = (m: string) => warnings.push(m);
    expect(readCompanyRef('001D000000IqhSL; 001D000000IqhSM', ctx, warn)).toBe(
      'salesforce:Account:001D000000IqhSLIAZ',
    );
    expect(readCompanyRef('', ctx, warn)).toBeNull();
    expect(readCompanyRef('bogus', ctx, warn)).toBeNull();
    expect(warnings).toEqual(['Account ID “bogus” is not a valid salesforce id; left out']);
  });

  it('readEmails normalizes and keeps each address once', () => {
    const warnings: string[] = [];
    expect(readEmails(['A@X.io', 'a@x.io', 'b@', ' b@y.io '], (m) => warnings.push(m))).toEqual([
      'a@x.io',
      'b@y.io',
    ]);
    expect(warnings).toEqual(['“b@” is not an email address; left out']);
  });

  it('readDomains drops the seller’s own domains and repeats', () => {
    const warnings: string[] = [];
    expect(
      readDomains(['acme.com', 'www.acme.com', 'eu.seller.example'], ['seller.example'], (m) =>
        warnings.push(m),
      ),
    ).toEqual(['acme.com']);
    expect(warnings).toEqual([
      'eu.seller.example is a free-mail or your own domain; not used to recognize this customer',
    ]);
  });
});

describe('readRows', () => {
  it('numbers rows as a spreadsheet does and sorts each into drafts, rejections, warnings', () => {
    const columns: ColumnField[] = ['name', 'domain'];
    const ctx = contextFor('customers', columns);
    const out = readRows(
      [
        ['Acme', 'acme.com'],
        ['', 'x.com'],
        ['Globex', 'bad domain!'],
      ],
      columnReader(columns),
      ctx,
    );
    expect(out.drafts.map((d) => [d.row, d.name, d.domains])).toEqual([
      [2, 'Acme', ['acme.com']],
      [4, 'Globex', []],
    ]);
    expect(out.rejected).toEqual([{ row: 3, reason: 'the company name is empty' }]);
    expect(out.warnings.map((w) => w.row)).toEqual([4, 4]);
  });
});
