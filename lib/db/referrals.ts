import { thankYouPromiseText } from '../record/referrals';
import { commitments } from './commitments';
import { customers } from './customers';
import { referralInput, referralSchema, type Referral, type ReferralInput } from './models';
import { makeRepository, systemClock, type Clock } from './repo';
import type { CallprepDB } from './schema';

export const referrals = makeRepository(
  'Referral',
  (db) => db.referrals,
  referralInput,
  referralSchema,
);

const DAY = 24 * 60 * 60 * 1000;
/** A thank-you is due within two days of the introduction: later reads as an afterthought. */
export const THANK_YOU_WITHIN_MS = 2 * DAY;

/** Newest first. */
export async function listReferrals(db: CallprepDB, customerId: string): Promise<Referral[]> {
  const rows = await db.referrals.where('customerId').equals(customerId).toArray();
  return rows.sort((a, b) => b.at - a.at || b.createdAt - a.createdAt);
}

/**
 * Adds a ledger entry. A referral received also makes a promise of ours, to
 * thank the customer for the introduction, in the same transaction.
 */
export async function addReferral(
  db: CallprepDB,
  input: ReferralInput,
  clock: Clock = systemClock,
): Promise<Referral> {
  return db.transaction('rw', [db.referrals, db.commitments, db.customers], async () => {
    const referral = await referrals.create(db, input, clock);
    if (referral.kind === 'received') {
      const customer = await customers.getOrThrow(db, referral.customerId);
      const person = referral.personName || referral.personEmail || 'them';
      await commitments.create(
        db,
        {
          customerId: referral.customerId,
          text: thankYouPromiseText(customer.name, person),
          owner: 'us',
          dueAt: referral.at + THANK_YOU_WITHIN_MS,
        },
        clock,
      );
    }
    return referral;
  });
}

/** The referred person became a customer: both sides keep who sent whom. */
export async function markReferralBecameCustomer(
  db: CallprepDB,
  referralId: string,
  newCustomerId: string,
  clock: Clock = systemClock,
): Promise<void> {
  await db.transaction('rw', [db.referrals, db.customers], async () => {
    const referral = await referrals.getOrThrow(db, referralId);
    await referrals.update(
      db,
      referralId,
      { outcome: 'customer', referredCustomerId: newCustomerId },
      clock,
    );
    await customers.update(db, newCustomerId, { referredBy: referral.customerId }, clock);
  });
}
