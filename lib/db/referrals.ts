import { thankYouPromiseText } from '../record/referrals';
import { commitments } from './commitments';
import { contacts } from './contacts';
import { customers } from './customers';
import {
  referralInput,
  referralSchema,
  type Contact,
  type Customer,
  type Referral,
  type ReferralInput,
} from './models';
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

/** The person a referral names, as a contact's fields: their name (or email) and email. */
function referredPerson(r: Referral): { name: string; emails: string[] } {
  const name = r.personName || r.personEmail;
  if (!name) throw new Error('The referral names nobody to add.');
  return { name, emails: r.personEmail ? [r.personEmail] : [] };
}

/**
 * The referred person joins an account as a contact (the referring customer's,
 * or another), "referred by" the customer who sent them; the referral points at
 * the contact so the ledger can say what became of them.
 */
export async function addReferredContact(
  db: CallprepDB,
  referralId: string,
  customerId: string,
  clock: Clock = systemClock,
): Promise<Contact> {
  return db.transaction('rw', [db.referrals, db.contacts, db.customers], async () => {
    const referral = await referrals.getOrThrow(db, referralId);
    await customers.getOrThrow(db, customerId);
    const contact = await contacts.create(
      db,
      { customerId, ...referredPerson(referral), referredBy: referral.customerId },
      clock,
    );
    await referrals.update(db, referralId, { referredContactId: contact.id }, clock);
    return contact;
  });
}

/**
 * The referred person's company becomes a customer "referred by" the customer
 * who sent them, with the person as its first contact; the referral's outcome
 * becomes that customer.
 */
export async function makeReferredCustomer(
  db: CallprepDB,
  referralId: string,
  customerName: string,
  clock: Clock = systemClock,
): Promise<Customer> {
  return db.transaction('rw', [db.referrals, db.contacts, db.customers], async () => {
    const referral = await referrals.getOrThrow(db, referralId);
    const referredBy = referral.customerId;
    const customer = await customers.create(db, { name: customerName, referredBy }, clock);
    const contact = await contacts.create(
      db,
      { customerId: customer.id, ...referredPerson(referral), referredBy },
      clock,
    );
    await referrals.update(
      db,
      referralId,
      { outcome: 'customer', referredCustomerId: customer.id, referredContactId: contact.id },
      clock,
    );
    return customer;
  });
}
