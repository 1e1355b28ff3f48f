/**
 * What "Remove sample workspace" would delete, said before it does: the sample
 * customers and everything under them, and among that what the seller added
 * or changed since loading it (a note typed into a sample meeting is theirs).
 */
import type { CustomerRowCount } from '../db/customers';
import type { CallprepDB } from '../db/schema';
import { CUSTOMER_TABLES, CUSTOMER_TABLE_NAMES, customerWithOwnedTables } from '../db/tables';

export type SampleRemoval = {
  customers: number;
  /** every row under the sample customers, by table (tables with none left out) */
  rows: CustomerRowCount[];
  /** of those, the ones written after the sample was loaded: the seller's own work */
  yours: CustomerRowCount[];
  /** sample customers whose own details the seller edited */
  editedCustomers: number;
};

const counted = (table: CustomerRowCount['table'], count: number): CustomerRowCount => {
  const { one, many } = CUSTOMER_TABLES[table];
  return { table, count, text: `${count} ${count === 1 ? one : many}` };
};

export async function planSampleRemoval(db: CallprepDB): Promise<SampleRemoval> {
  return db.transaction('r', customerWithOwnedTables(db), async () => {
    const samples = await db.customers.where('id').startsWith('sample-').toArray();
    const ids = samples.map((c) => c.id);
    // The sample is written in one transaction with one clock: anything newer is the seller's.
    const loadedAt = Math.max(0, ...samples.map((c) => c.createdAt));
    const meetingIds = await db.meetings.where('customerId').anyOf(ids).primaryKeys();
    const rows: CustomerRowCount[] = [];
    const yours: CustomerRowCount[] = [];
    for (const table of CUSTOMER_TABLE_NAMES) {
      const { ownedThrough } = CUSTOMER_TABLES[table];
      const owned = await db
        .table(table)
        .where(ownedThrough)
        .anyOf(ownedThrough === 'customerId' ? ids : meetingIds)
        .toArray();
      if (owned.length) rows.push(counted(table, owned.length));
      const mine = owned.filter((r: { updatedAt?: number }) => (r.updatedAt ?? 0) > loadedAt);
      if (mine.length) yours.push(counted(table, mine.length));
    }
    const editedCustomers = samples.filter((c) => c.updatedAt > loadedAt).length;
    return { customers: samples.length, rows, yours, editedCustomers };
  });
}
