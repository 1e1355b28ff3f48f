import { describe, expect, it } from 'vitest';
import { ImportError } from '@/lib/io/csv';
import { businessDomain, checkMapping, planContext } from '@/lib/io/csv/plan-steps/context';
import { normalizeCrmId } from '@/lib/io/csv/plan-steps/crm-id';
import { NOW } from './rows';

describe('planContext', () => {
  it('settles the CRM name, the clock, the id record types and the id column names', () => {
    const ctx = planContext(
      { kind: 'contacts', columns: ['name', 'crmId', 'companyCrmId'] },
      { system: ' HubSpot ', now: NOW, headers: ['Name', 'Record ID', ''] },
    );
    expect(ctx.system).toBe('hubspot');
    expect(ctx.now).toBe(NOW);
    expect(ctx.ownDomains).toEqual([]);
    expect(ctx.types).toEqual({ record: 'contact', company: 'company' });
    expect(ctx.headerOf('crmId')).toBe('Record ID');
    // a blank header falls back to words
    expect(ctx.headerOf('companyCrmId')).toBe('company id');
  });

  it('remembers each company name key once worked out', () => {
    const ctx = planContext({ kind: 'customers', columns: ['name'] }, {});
    expect(ctx.nameKeyOf('The Acme Corp., Inc.')).toBe('acme');
    expect(ctx.nameKeyOf('The Acme Corp., Inc.')).toBe('acme');
    expect(ctx.nameKeyOf('!!!')).toBe('');
  });

  it('refuses mappings that cannot work, with what to do', () => {
    expect(() => checkMapping({ kind: 'contacts', columns: ['company', 'title'] }, null)).toThrow(
      'Choose the column that holds the person’s name or email.',
    );
    expect(() => checkMapping({ kind: 'customers', columns: ['domain'] }, null)).toThrow(
      ImportError,
    );
    expect(() =>
      checkMapping({ kind: 'contacts', columns: ['email', 'companyCrmId'] }, null),
    ).toThrow(/which CRM/);
    expect(() =>
      planContext({ kind: 'customers', columns: ['name'] }, { system: 'my crm' }),
    ).toThrow(/lower-case letters/);
    expect(() => checkMapping({ kind: 'contacts', columns: ['lastName'] }, 'close')).not.toThrow();
  });
});

describe('businessDomain', () => {
  it('is the domain of a work email, never free mail or the seller’s own', () => {
    expect(businessDomain('ada@eu.acme.co.uk', [])).toBe('eu.acme.co.uk');
    expect(businessDomain('ada@gmail.com', [])).toBeNull();
    expect(businessDomain('me@mail.seller.example', ['seller.example'])).toBeNull();
    expect(businessDomain('not an email', [])).toBeNull();
  });
});

describe('normalizeCrmId', () => {
  it('gives each CRM’s canonical id, or null', () => {
    expect(normalizeCrmId('salesforce', ' 001D000000IqhSL ')).toBe('001D000000IqhSLIAZ');
    expect(normalizeCrmId('salesforce', 'not-an-id')).toBeNull();
    expect(normalizeCrmId('hubspot', '5012345679.0')).toBe('5012345679');
    expect(normalizeCrmId('pipedrive', '12a')).toBeNull();
    expect(normalizeCrmId('close', 'lead_abc')).toBe('lead_abc');
    expect(normalizeCrmId('close', 'has space')).toBeNull();
    expect(normalizeCrmId('close', 'a:b')).toBeNull();
  });
});
