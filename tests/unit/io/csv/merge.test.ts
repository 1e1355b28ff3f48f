import { describe, expect, it } from 'vitest';
import { normalizeCompanyName } from '@/lib/match/normalize';
import { mergeContact, mergeCustomer, newCustomer, union } from '@/lib/io/csv/plan-steps/merge';
import { contact, customer, draft, newIdNumber, NOW, numberedIds } from './rows';

describe('union', () => {
  it('appends what is missing, and returns the same array when nothing is', () => {
    const a = ['x', 'y'];
    expect(union(a, ['y', 'z', 'x'])).toEqual(['x', 'y', 'z']);
    expect(union(a, ['y'])).toBe(a);
    expect(union(a, [])).toBe(a);
  });
});

describe('mergeCustomer', () => {
  const acme = customer({
    id: 'c1',
    name: 'Acme',
    domains: ['acme.com'],
    crmRefs: ['hubspot:company:1'],
  });

  it('adds domains and refs it lacks, and an industry only where there is none', () => {
    const next = mergeCustomer(
      { ...acme, industry: 'Tools' },
      { domains: ['acme.io', 'acme.com'], crmRefs: ['hubspot:company:1'], industry: 'Anvils' },
      normalizeCompanyName,
    );
    expect(next).toMatchObject({
      domains: ['acme.com', 'acme.io'],
      crmRefs: ['hubspot:company:1'],
      industry: 'Tools',
      updatedAt: acme.updatedAt, // the caller decides the time
    });
  });

  it('renames with a new name key and tokens when given a different name', () => {
    const next = mergeCustomer(acme, { name: 'Acme Worldwide GmbH' }, normalizeCompanyName);
    expect(next).toMatchObject({
      name: 'Acme Worldwide GmbH',
      nameKey: 'acme worldwide',
      nameTokens: ['acme', 'worldwide'],
    });
  });

  it('is null when the patch adds nothing', () => {
    expect(
      mergeCustomer(
        acme,
        { name: 'Acme', domains: ['acme.com'], crmRefs: [], industry: '' },
        normalizeCompanyName,
      ),
    ).toBeNull();
  });
});

describe('newCustomer', () => {
  it('is a full customer row with a fresh id, a name key and the plan’s time', () => {
    numberedIds();
    const row = newCustomer(
      { name: 'The Globex Corp.', domains: ['globex.com'], crmRefs: [], industry: 'Energy' },
      NOW,
      normalizeCompanyName,
    );
    expect(row).toEqual({
      id: newIdNumber(1),
      name: 'The Globex Corp.',
      domains: ['globex.com'],
      crmRefs: [],
      industry: 'Energy',
      nameKey: 'globex',
      nameTokens: ['globex'],
      about: '',
      sample: false,
      createdAt: NOW,
      updatedAt: NOW,
    });
  });
});

describe('mergeContact', () => {
  const ada = contact({
    id: 'p1',
    customerId: 'c1',
    name: 'Ada L.',
    title: 'CTO',
    emails: ['ada@acme.com'],
  });

  it('takes a title and phone when the row has them, and adds emails and its ref', () => {
    const next = mergeContact(
      ada,
      draft({
        name: 'Ada Lovelace',
        phone: '+44 1',
        emails: ['ada@acme.com', 'ada@acme.io'],
        ref: 'hubspot:contact:7',
      }),
      false,
    );
    expect(next).toMatchObject({
      name: 'Ada L.', // matched by email: the seller's name for her stays
      title: 'CTO',
      phone: '+44 1',
      emails: ['ada@acme.com', 'ada@acme.io'],
      crmRefs: ['hubspot:contact:7'],
    });
  });

  it('takes the CRM’s name when it matched by CRM id', () => {
    expect(mergeContact(ada, draft({ name: 'Ada Lovelace' }), true)?.name).toBe('Ada Lovelace');
  });

  it('is null when the row adds nothing', () => {
    expect(
      mergeContact(ada, draft({ name: 'Someone', emails: ['ada@acme.com'] }), false),
    ).toBeNull();
  });
});
