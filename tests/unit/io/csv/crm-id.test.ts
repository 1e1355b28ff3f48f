import { describe, expect, it } from 'vitest';
import { getPreset, presetRefTypes } from '@/lib/io/csv';
import { normalizeCrmId } from '@/lib/io/csv/plan-steps/crm-id';
import { contextFor } from './rows';

describe('normalizeCrmId for Zoho and Dynamics: the id as the record page gives it', () => {
  it('Zoho: strips zcrm_, keeps the digits', () => {
    expect(normalizeCrmId('zoho', 'zcrm_3652397000000343145')).toBe('3652397000000343145');
    expect(normalizeCrmId('zoho', ' 3652397000000343145 ')).toBe('3652397000000343145');
    expect(normalizeCrmId('zoho', 'ZCRM_3652397000000343145')).toBe('3652397000000343145');
    // Excel's scientific notation lost the digits: not an id
    expect(normalizeCrmId('zoho', '3.6524E+18')).toBeNull();
    expect(normalizeCrmId('zoho', 'zcrm_')).toBeNull();
  });

  it('Dynamics: the guid bare and lower case, braces or not', () => {
    const guid = '8ac0b4a9-8c2c-eb11-a813-000d3a8d8a9c';
    expect(normalizeCrmId('dynamics', guid)).toBe(guid);
    expect(normalizeCrmId('dynamics', '{8AC0B4A9-8C2C-EB11-A813-000D3A8D8A9C}')).toBe(guid);
    expect(normalizeCrmId('dynamics', '8ac0b4a98c2ceb11a813000d3a8d8a9c')).toBeNull();
    expect(normalizeCrmId('dynamics', 'Wile E. Coyote')).toBeNull();
  });
});

describe('the record types of an import', () => {
  it("are the preset's while the import is still that preset's", () => {
    const leads = getPreset('salesforce-leads')!;
    expect(presetRefTypes(leads, 'contacts', 'Salesforce ')).toEqual({
      record: 'Lead',
      company: 'Account',
    });
    // the seller made the rows companies, or named another CRM: the preset no longer says
    expect(presetRefTypes(leads, 'customers', 'salesforce')).toBeUndefined();
    expect(presetRefTypes(leads, 'contacts', 'hubspot')).toBeUndefined();
    expect(presetRefTypes(null, 'contacts', 'salesforce')).toBeUndefined();
  });

  it('default to refTypes (Another tool, or a preset without its own), Zoho and Dynamics as their URLs say', () => {
    expect(contextFor('contacts', ['crmId', 'name'], { system: 'zoho' }).types).toEqual({
      record: 'Contacts',
      company: 'Accounts',
    });
    expect(contextFor('customers', ['crmId', 'name'], { system: 'dynamics' }).types).toEqual({
      record: 'account',
      company: 'account',
    });
    expect(
      contextFor('contacts', ['crmId', 'name'], {
        system: 'salesforce',
        refTypes: presetRefTypes(getPreset('salesforce-contacts'), 'contacts', 'salesforce'),
      }).types,
    ).toEqual({ record: 'Contact', company: 'Account' });
    expect(
      contextFor('contacts', ['crmId', 'name'], {
        system: 'salesforce',
        refTypes: { record: 'Lead' },
      }).types,
    ).toEqual({ record: 'Lead', company: 'Account' });
  });
});
