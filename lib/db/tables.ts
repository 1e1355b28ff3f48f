import type { TableName } from './models';
import type { CallprepDB } from './schema';

type OwnedTable = {
  /** the index that ties a row to its customer: directly, or through its meeting */
  ownedThrough: 'customerId' | 'meetingId';
  /** how a person counts these rows: one contact, two contacts */
  one: string;
  many: string;
};

/**
 * Every table whose rows belong to one customer, in the order people read
 * them. Deleting a customer deletes these rows, the sample workspace writes and
 * removes them, and backup restore checks that each points at its customer; a
 * test fails when a table indexed by customerId or meetingId is missing here.
 */
export const CUSTOMER_TABLES = {
  contacts: { ownedThrough: 'customerId', one: 'contact', many: 'contacts' },
  goals: { ownedThrough: 'customerId', one: 'goal', many: 'goals' },
  meetings: { ownedThrough: 'customerId', one: 'meeting', many: 'meetings' },
  checklistItems: { ownedThrough: 'meetingId', one: 'checklist item', many: 'checklist items' },
  commitments: { ownedThrough: 'customerId', one: 'promise', many: 'promises' },
  notes: { ownedThrough: 'customerId', one: 'note', many: 'notes' },
  news: { ownedThrough: 'customerId', one: 'news item', many: 'news items' },
  questions: { ownedThrough: 'customerId', one: 'question', many: 'questions' },
  referrals: { ownedThrough: 'customerId', one: 'referral', many: 'referrals' },
} as const satisfies Partial<Record<TableName, OwnedTable>>;

export type CustomerTableName = keyof typeof CUSTOMER_TABLES;

export const CUSTOMER_TABLE_NAMES = Object.keys(CUSTOMER_TABLES) as CustomerTableName[];

/** The customer's tables whose rows carry its customerId. */
export type CustomerIdTableName = {
  [T in CustomerTableName]: (typeof CUSTOMER_TABLES)[T]['ownedThrough'] extends 'customerId'
    ? T
    : never;
}[CustomerTableName];

export const CUSTOMER_ID_TABLES = CUSTOMER_TABLE_NAMES.filter(
  (t): t is CustomerIdTableName => CUSTOMER_TABLES[t].ownedThrough === 'customerId',
);

/** The customer's tables reached only through one of its meetings. */
export const MEETING_ID_TABLES = CUSTOMER_TABLE_NAMES.filter(
  (t): t is Exclude<CustomerTableName, CustomerIdTableName> =>
    CUSTOMER_TABLES[t].ownedThrough === 'meetingId',
);

/** The tables a transaction over whole customers spans: the customers and all they own. */
export function customerWithOwnedTables(db: CallprepDB) {
  return [db.customers, ...CUSTOMER_TABLE_NAMES.map((t) => db.table(t))];
}
