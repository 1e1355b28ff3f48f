import { nameTokens, normalizeCompanyName } from '../match/normalize';
import { customerInput, customerSchema, type Customer } from './models';
import { makeRepository } from './repo';
import type { CallprepDB } from './schema';

export const customers = makeRepository(
  'Customer',
  (db) => db.customers,
  customerInput,
  customerSchema,
  (c) => {
    const nameKey = normalizeCompanyName(c.name);
    return { nameKey, nameTokens: nameTokens(nameKey) };
  },
);

/** All customers by name, for pickers and the workspace list. */
export async function listCustomers(db: CallprepDB): Promise<Customer[]> {
  const rows = await db.customers.toArray();
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Deletes a customer with everything that hangs off it (contacts, goals,
 * meetings and their checklist items, commitments, notes, news, questions) in one
 * transaction: either all of it goes, or none.
 */
export async function deleteCustomer(db: CallprepDB, customerId: string): Promise<void> {
  await deleteCustomers(db, [customerId]);
}

export async function deleteCustomers(db: CallprepDB, customerIds: string[]): Promise<void> {
  if (customerIds.length === 0) return;
  await db.transaction(
    'rw',
    [
      db.customers,
      db.contacts,
      db.goals,
      db.meetings,
      db.checklistItems,
      db.commitments,
      db.notes,
      db.news,
      db.questions,
    ],
    async () => {
      const meetingIds = await db.meetings.where('customerId').anyOf(customerIds).primaryKeys();
      await db.checklistItems.where('meetingId').anyOf(meetingIds).delete();
      for (const table of [
        db.contacts,
        db.goals,
        db.meetings,
        db.commitments,
        db.notes,
        db.news,
        db.questions,
      ]) {
        await table.where('customerId').anyOf(customerIds).delete();
      }
      await db.customers.bulkDelete(customerIds);
    },
  );
}
