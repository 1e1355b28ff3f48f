import { nameTokens, normalizeCompanyName } from '../match/normalize';
import { customerInput, customerSchema, type Customer } from './models';
import { makeRepository } from './repo';
import type { CallprepDB } from './schema';
import {
  CUSTOMER_ID_TABLES,
  CUSTOMER_TABLE_NAMES,
  CUSTOMER_TABLES,
  customerWithOwnedTables,
  MEETING_ID_TABLES,
  type CustomerTableName,
} from './tables';

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
 * Deletes a customer with everything that hangs off it (every table in
 * CUSTOMER_TABLES: contacts, goals, meetings and their checklist items,
 * commitments, notes, news, questions) in one transaction: either all of it
 * goes, or none.
 */
export async function deleteCustomer(db: CallprepDB, customerId: string): Promise<void> {
  await deleteCustomers(db, [customerId]);
}

export async function deleteCustomers(db: CallprepDB, customerIds: string[]): Promise<void> {
  if (customerIds.length === 0) return;
  await db.transaction('rw', customerWithOwnedTables(db), async () => {
    const meetingIds = await db.meetings.where('customerId').anyOf(customerIds).primaryKeys();
    for (const t of MEETING_ID_TABLES)
      await db.table(t).where('meetingId').anyOf(meetingIds).delete();
    for (const t of CUSTOMER_ID_TABLES) {
      await db.table(t).where('customerId').anyOf(customerIds).delete();
    }
    await db.customers.bulkDelete(customerIds);
  });
}

export type CustomerRowCount = {
  table: CustomerTableName;
  count: number;
  /** "1 goal", "3 news items" */
  text: string;
};

/**
 * How many rows of each table deleting the customer would delete, in the order
 * of CUSTOMER_TABLES (zeros included), for a confirmation that names everything.
 */
export async function countCustomerRows(
  db: CallprepDB,
  customerId: string,
): Promise<CustomerRowCount[]> {
  return db.transaction('r', customerWithOwnedTables(db), async () => {
    const meetingIds = await db.meetings.where('customerId').equals(customerId).primaryKeys();
    return Promise.all(
      CUSTOMER_TABLE_NAMES.map(async (table): Promise<CustomerRowCount> => {
        const { ownedThrough, one, many } = CUSTOMER_TABLES[table];
        const rows = db.table(table).where(ownedThrough);
        const count = await (
          ownedThrough === 'customerId' ? rows.equals(customerId) : rows.anyOf(meetingIds)
        ).count();
        return { table, count, text: `${count} ${count === 1 ? one : many}` };
      }),
    );
  });
}

/** "3 contacts, 1 goal, … and 2 questions" */
export function describeCustomerRows(counts: readonly CustomerRowCount[]): string {
  const texts = counts.map((c) => c.text);
  return texts.length < 2
    ? (texts[0] ?? '')
    : `${texts.slice(0, -1).join(', ')} and ${texts.at(-1)}`;
}
