import type { MigrationStep } from './step';

export const step: MigrationStep = {
  // The referrals ledger (received, introductions, asks), read per customer.
  // The record's new fields (a meeting's readiness at its start and on-time
  // mark, a contact's role, a goal's contact, a customer's referredBy) are
  // optional and unindexed: nothing queries by them, so no row changes.
  version: 4,
  stores: { referrals: 'id, customerId, at' },
};
