import type { Commitment, Goal, Meeting, Referral } from '../db/models';
import type { CallprepDB } from '../db/schema';
import { relationshipRecord, type RelationshipRecord } from './customer-record';
import { suggestAsking, type AskSuggestion } from './referrals';

export type CustomerRecordData = {
  record: RelationshipRecord;
  ask: AskSuggestion;
  meetings: Meeting[];
  promises: Commitment[];
  goals: Goal[];
  referrals: Referral[];
};

/** One customer's record from four indexed reads by customerId. */
export async function loadCustomerRecord(
  db: CallprepDB,
  customerId: string,
  now: number,
): Promise<CustomerRecordData | null> {
  const [customer, meetings, promises, goals, referrals] = await Promise.all([
    db.customers.get(customerId),
    db.meetings.where('customerId').equals(customerId).toArray(),
    db.commitments.where('customerId').equals(customerId).toArray(),
    db.goals.where('customerId').equals(customerId).toArray(),
    db.referrals.where('customerId').equals(customerId).toArray(),
  ]);
  if (!customer) return null;
  const record = relationshipRecord(
    { customers: [customer], meetings, promises, goals, referrals },
    now,
  );
  return {
    record,
    ask: suggestAsking({ referrals, goals, promises, now }),
    meetings,
    promises,
    goals,
    referrals,
  };
}
