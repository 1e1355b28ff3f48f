import { describe, expect, it } from 'vitest';
import { THANK_YOU_WITHIN_MS } from '@/lib/db/referrals';
import { loadCustomerRecord } from '@/lib/record/load';
import { loadMyRecord } from '@/lib/record/load-monthly';
import { thankYouPromiseOf } from '@/lib/record/referrals';
import { planSampleRemoval } from '@/lib/sample/removal';
import { loadSampleWorkspace, removeSampleWorkspace } from '@/lib/sample/workspace';
import { DAY, utc } from '../clock';
import { freshDb } from '../db/helpers';

const NOW = utc(2026, 12, 18, 10);

async function sample() {
  const db = freshDb();
  await loadSampleWorkspace(db, NOW);
  const acme = (await loadCustomerRecord(db, 'sample-acme', NOW))!;
  return { db, acme };
}

describe('the sample workspace’s history', () => {
  it('Acme: most of a year of meetings, prepared but once, late once, our promises kept but one', async () => {
    const { acme } = await sample();
    const held = acme.meetings.filter((m) => m.startsAt < NOW);
    const months = new Set(held.map((m) => new Date(m.startsAt).getMonth()));
    expect(months.size).toBeGreaterThanOrEqual(8);
    expect(acme.record.prepared).toMatchObject({ held: 9, recorded: 9, ready: 8, notRecorded: 0 });
    expect(acme.record.prepared.averagePercent).toBe(97);
    expect(acme.record.onTime).toMatchObject({ held: 9, late: 1 });
    expect(acme.record.ours).toMatchObject({ counted: 7, kept: 6, late: 1, overdue: 0, early: 2 });
    expect(acme.record.ours.medianLateMs).toBe(4 * DAY);
    expect(acme.record.ours.lateOnes.map((p) => p.text)).toEqual([
      'Fix the Monday 8am delivery for the northern stores',
    ]);
    expect(acme.record.theirs).toMatchObject({ counted: 2, kept: 1, late: 1 });
    expect(acme.record.goals).toMatchObject({ achieved: 1, advancing: 1 });
  });

  it('Acme sent us Tandem: the referral received became a customer, and we thanked them in time', async () => {
    const { db, acme } = await sample();
    expect(acme.record.referrals).toMatchObject({
      received: 1,
      receivedCustomers: 1,
      introductions: 1,
      asks: 1,
      asksUnanswered: 0,
    });
    const received = acme.referrals.find((r) => r.kind === 'received')!;
    expect(received).toMatchObject({
      personName: 'Oliver Grant',
      referredCustomerId: 'sample-tandem',
    });
    expect((await db.customers.get('sample-tandem'))?.referredBy).toBe('sample-acme');
    const thanks = thankYouPromiseOf(received, 'Acme Analytics', acme.promises)!;
    expect(thanks).toMatchObject({ status: 'done', dueAt: received.at + THANK_YOU_WITHIN_MS });
    expect(thanks.doneAt!).toBeLessThanOrEqual(thanks.dueAt!);
    const ask = acme.referrals.find((r) => r.kind === 'ask')!;
    expect(ask.outcome).toMatch(/^Yes: Oliver Grant/);
    expect(ask.at).toBeLessThan(received.at);
  });

  it('Initech: goals achieved, advancing and dropped; an introduction we made', async () => {
    const { db } = await sample();
    const initech = (await loadCustomerRecord(db, 'sample-initech', NOW))!;
    expect(initech.record.goals).toMatchObject({ achieved: 1, advancing: 1, dropped: 1 });
    expect(initech.record.prepared).toMatchObject({ held: 6, ready: 6 });
    expect(initech.record.theirs).toMatchObject({ counted: 1, kept: 1 });
    expect(initech.referrals.map((r) => [r.kind, r.personName, r.outcome])).toEqual([
      ['introduction', 'Karen Holt', 'meeting'],
    ]);
  });

  it('My record has months to draw: promises and readiness in at least six of the twelve', async () => {
    const { db } = await sample();
    const mine = await loadMyRecord(db, NOW);
    expect(mine.ours.filter((m) => m.value !== null).length).toBeGreaterThanOrEqual(6);
    expect(mine.prepared.filter((m) => m.value !== null).length).toBeGreaterThanOrEqual(6);
    expect(mine.referralsReceived.reduce((a, b) => a + b, 0)).toBe(1);
    expect(mine.goalsAchieved.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
  });

  it('is all in the past of its clock: removal finds none of it the seller’s, and removes the ledger too', async () => {
    const { db } = await sample();
    for (const table of ['meetings', 'commitments', 'referrals', 'goals', 'notes'] as const) {
      const rows: { updatedAt: number }[] = await db.table(table).toArray();
      expect(
        rows.every((r) => r.updatedAt <= NOW),
        table,
      ).toBe(true);
    }
    const plan = await planSampleRemoval(db);
    expect(plan.yours).toEqual([]);
    expect(plan.rows.find((r) => r.table === 'referrals')?.text).toBe('4 referrals');
    await removeSampleWorkspace(db);
    expect(await db.referrals.count()).toBe(0);
    expect(await db.commitments.count()).toBe(0);
  });
});
