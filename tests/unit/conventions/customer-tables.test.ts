/**
 * The house rule for customer data: every table whose rows hang off a customer
 * (indexed by customerId, or by meetingId for rows under a meeting) is declared
 * once in CUSTOMER_TABLES, so deleting a customer, the sample workspace and the
 * delete confirmation's counts cannot leave it out.
 */
import { describe, expect, it } from 'vitest';
import { CallprepDB } from '@/lib/db/schema';
import { CUSTOMER_TABLES, CUSTOMER_TABLE_NAMES } from '@/lib/db/tables';

const db = new CallprepDB(`conventions-${crypto.randomUUID()}`);
const indexesOf = (table: string) => db.table(table).schema.indexes.map((i) => i.name);
const declared = (table: string) =>
  (CUSTOMER_TABLES as Record<string, { ownedThrough: string } | undefined>)[table]?.ownedThrough;

describe('CUSTOMER_TABLES', () => {
  it.each(db.tables.map((t) => t.name).filter((t) => indexesOf(t).includes('customerId')))(
    '%s (indexed by customerId) is declared as owned through customerId',
    (table) => {
      expect(declared(table), `add ${table} to CUSTOMER_TABLES in lib/db/tables.ts`).toBe(
        'customerId',
      );
    },
  );

  it.each(
    db.tables
      .map((t) => t.name)
      .filter((t) => indexesOf(t).includes('meetingId') && !indexesOf(t).includes('customerId')),
  )('%s (indexed by meetingId only) is declared as owned through meetingId', (table) => {
    expect(declared(table), `add ${table} to CUSTOMER_TABLES in lib/db/tables.ts`).toBe(
      'meetingId',
    );
  });

  it.each(CUSTOMER_TABLE_NAMES)('%s has the index it is owned through', (table) => {
    expect(indexesOf(table)).toContain(CUSTOMER_TABLES[table].ownedThrough);
  });
});
