import { describe, expect, it } from 'vitest';
import { contacts } from '@/lib/db/contacts';
import { customers } from '@/lib/db/customers';
import { listChecklist } from '@/lib/db/checklist';
import { planMeetingNow, suggestedTemplateId } from '@/lib/meetings/plan-now';
import { contactOnPage, hasCustomers, searchCustomers } from '@/lib/queries/customers';
import { freshDb, NOW } from './helpers';

describe('panel queries', () => {
  it('knows whether the workspace has any customer, without counting them', async () => {
    const db = freshDb();
    expect(await hasCustomers(db)).toBe(false);
    const c = await customers.create(db, { name: 'Initech' });
    expect(await hasCustomers(db)).toBe(true);
    await db.customers.delete(c.id);
    expect(await hasCustomers(db)).toBe(false);
  });

  it('finds customers by part of the name, names starting with it first', async () => {
    const db = freshDb();
    for (const name of ['Globex Health', 'Northwind Logistics', 'Acme Northwind', 'Initech'])
      await customers.create(db, { name });
    expect((await searchCustomers(db, 'north')).map((c) => c.name)).toEqual([
      'Northwind Logistics',
      'Acme Northwind',
    ]);
    expect(await searchCustomers(db, '', 2)).toHaveLength(2);
    expect(await searchCustomers(db, 'zzz')).toEqual([]);
  });

  it("names the customer's contact on the page, by the match or by email", async () => {
    const db = freshDb();
    const c = await customers.create(db, { name: 'Northwind' });
    const other = await customers.create(db, { name: 'Other' });
    const maya = await contacts.create(db, {
      customerId: c.id,
      name: 'Maya',
      emails: ['maya@nw.com'],
    });
    await contacts.create(db, { customerId: other.id, name: 'Bob', emails: ['bob@x.com'] });
    const signal = {
      site: 'gmail' as const,
      view: 'thread' as const,
      url: 'https://mail.google.com/',
      people: [
        { email: 'bob@x.com', role: 'from' as const },
        { email: 'maya@nw.com', role: 'to' as const },
      ],
    };
    expect((await contactOnPage(db, c.id, undefined, signal))?.id).toBe(maya.id);
    expect((await contactOnPage(db, c.id, maya.id, null))?.id).toBe(maya.id);
    expect(await contactOnPage(db, other.id, maya.id, null)).toBeNull();
  });

  it('plans a meeting now from a template, seeding the built-ins when missing', async () => {
    const db = freshDb();
    const c = await customers.create(db, { name: 'Northwind' });
    const m = await planMeetingNow(db, c, 'builtin-discovery', NOW);
    expect(m).toMatchObject({ customerId: c.id, startsAt: NOW, templateId: 'builtin-discovery' });
    expect(m.title).toBe('Discovery with Northwind');
    expect((await listChecklist(db, m.id)).length).toBeGreaterThan(3);
    expect(
      suggestedTemplateId([], [{ id: 'builtin-discovery' }, { id: 'builtin-follow-up' }]),
    ).toBe('builtin-discovery');
    expect(
      suggestedTemplateId([m], [{ id: 'builtin-discovery' }, { id: 'builtin-follow-up' }]),
    ).toBe('builtin-follow-up');
  });
});
