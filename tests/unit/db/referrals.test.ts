import { describe, expect, it } from 'vitest';
import { listCommitments } from '@/lib/db/commitments';
import { customers } from '@/lib/db/customers';
import { ValidationError } from '@/lib/db/errors';
import {
  addReferral,
  listReferrals,
  markReferralBecameCustomer,
  THANK_YOU_WITHIN_MS,
} from '@/lib/db/referrals';
import { freshDb, manualClock } from './helpers';
import { DAY, utc } from '../clock';

const AT = utc(2026, 11, 20, 10);

describe('referrals ledger', () => {
  it('a referral received creates our promise to thank the customer, due within two days', async () => {
    const db = freshDb();
    const clock = manualClock(AT);
    const nw = await customers.create(db, { name: 'Northwind' });
    const r = await addReferral(
      db,
      { customerId: nw.id, kind: 'received', personName: 'Ana  Ruiz', at: AT },
      clock,
    );
    expect(r).toMatchObject({ personName: 'Ana Ruiz', outcome: 'nothing-yet' });
    const [promise] = await listCommitments(db, nw.id);
    expect(promise).toMatchObject({
      text: 'Thank Northwind for the introduction to Ana Ruiz',
      owner: 'us',
      dueAt: AT + THANK_YOU_WITHIN_MS,
      status: 'open',
    });
  });

  it('an introduction or an ask creates no promise; asks keep their answer as text', async () => {
    const db = freshDb();
    const nw = await customers.create(db, { name: 'Northwind' });
    await addReferral(db, { customerId: nw.id, kind: 'introduction', personName: 'Li', at: AT });
    await addReferral(db, {
      customerId: nw.id,
      kind: 'ask',
      at: AT + DAY,
      outcome: 'Will ask their sister company',
    });
    expect(await listCommitments(db, nw.id)).toEqual([]);
    expect((await listReferrals(db, nw.id)).map((r) => [r.kind, r.outcome])).toEqual([
      ['ask', 'Will ask their sister company'],
      ['introduction', 'nothing-yet'],
    ]);
  });

  it('refuses an unknown kind and writes nothing', async () => {
    const db = freshDb();
    const nw = await customers.create(db, { name: 'Northwind' });
    await expect(
      addReferral(db, { customerId: nw.id, kind: 'gift' as 'ask', at: AT }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await db.referrals.count()).toBe(0);
  });

  it('the referred person becoming a customer keeps who sent whom on both sides', async () => {
    const db = freshDb();
    const nw = await customers.create(db, { name: 'Northwind' });
    const fab = await customers.create(db, { name: 'Fabrikam' });
    const r = await addReferral(db, { customerId: nw.id, kind: 'received', at: AT });
    await markReferralBecameCustomer(db, r.id, fab.id);
    expect(await db.referrals.get(r.id)).toMatchObject({
      outcome: 'customer',
      referredCustomerId: fab.id,
    });
    expect((await db.customers.get(fab.id))?.referredBy).toBe(nw.id);
  });
});
