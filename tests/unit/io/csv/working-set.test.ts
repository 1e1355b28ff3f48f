import { describe, expect, it } from 'vitest';
import { changesOf } from '@/lib/io/csv/plan-steps/preview';
import {
  oldestFirst,
  PlannedContacts,
  PlannedCustomers,
} from '@/lib/io/csv/plan-steps/working-set';
import { contact, customer, NOW } from './rows';

describe('oldestFirst', () => {
  it('sorts by creation time, then id', () => {
    const rows = [
      { id: 'b', createdAt: 2 },
      { id: 'c', createdAt: 1 },
      { id: 'a', createdAt: 2 },
    ];
    expect(oldestFirst(rows).map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('PlannedCustomers', () => {
  const older = customer({ id: 'c1', name: 'Acme', domains: ['acme.com'], createdAt: 1 });
  const newer = customer({
    id: 'c2',
    name: 'Acme',
    domains: ['acme.com', 'acme.io'],
    createdAt: 2,
  });

  it('lets the first row with a key keep it', () => {
    const planned = new PlannedCustomers([older, newer]);
    expect(planned.idByDomain('acme.com')).toBe('c1');
    expect(planned.idByDomain('acme.io')).toBe('c2');
    expect(planned.idByNameKey('acme')).toBe('c1');
    expect(planned.idByRef('hubspot:company:1')).toBeUndefined();
  });

  it('validates what it is given and indexes the valid rows', () => {
    const planned = new PlannedCustomers([]);
    expect(planned.put(customer({ id: 'c3', name: '' }), { created: true })).toMatch(/^name /);
    expect(planned.get('c3')).toBeUndefined();
    const hooli = customer({ id: 'c4', name: 'Hooli', crmRefs: ['hubspot:company:9'] });
    expect(planned.put(hooli, { created: true })).toBeNull();
    expect(planned.idByRef('hubspot:company:9')).toBe('c4');
    expect(planned.isCreated('c4')).toBe(true);
  });
});

describe('changesOf (the preview of one table)', () => {
  it('tells new rows, changed rows (with their updatedAt as read) and untouched rows apart', () => {
    const kept = customer({ id: 'c1', name: 'Kept' });
    const changed = customer({ id: 'c2', name: 'Changed', updatedAt: NOW - 5 });
    const planned = new PlannedCustomers([kept, changed]);
    planned.put({ ...changed, domains: ['changed.com'], updatedAt: NOW });
    planned.put(customer({ id: 'c3', name: 'New', createdAt: NOW }), { created: true });

    const { create, update, basis } = changesOf(planned);
    expect(create.map((c) => c.id)).toEqual(['c3']);
    expect(update).toEqual([expect.objectContaining({ id: 'c2', domains: ['changed.com'] })]);
    expect([...basis]).toEqual([['c2', NOW - 5]]);
  });

  it('works the same for contacts, created without a second validation', () => {
    const ada = contact({ id: 'p1', customerId: 'c1', name: 'Ada', emails: ['ada@acme.com'] });
    const planned = new PlannedContacts([ada]);
    // create() trusts a row validated as a draft: even an odd one is recorded as given
    planned.create(contact({ id: 'p2', customerId: 'c1', name: 'Bob', emails: ['bob@acme.com'] }));
    expect(planned.idByEmail('bob@acme.com')).toBe('p2');
    expect(planned.put({ ...ada, emails: ['not an email'] })).toMatch(/^emails /);
    const { create, update, basis } = changesOf(planned);
    expect(create.map((c) => c.id)).toEqual(['p2']);
    expect(update).toEqual([]);
    expect(basis.size).toBe(0);
  });
});
