import { afterEach } from 'vitest';
import { contacts } from '@/lib/db/contacts';
import { customers } from '@/lib/db/customers';
import type { ContactInput, CustomerInput } from '@/lib/db/models';
import { nameTokens, normalizeCompanyName } from '@/lib/match/normalize';
import { CallprepDB } from '@/lib/db/schema';
import type { PageSignal } from '@/lib/recognize/signal';

const opened: CallprepDB[] = [];
// Close each test's databases before the global setup deletes them (no "blocked" noise).
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

export function testDb(name = 'test-' + crypto.randomUUID()): CallprepDB {
  const db = new CallprepDB(name);
  opened.push(db);
  return db;
}

export function signal(partial: Partial<PageSignal> = {}): PageSignal {
  return {
    site: 'gmail',
    view: 'thread',
    url: 'https://mail.google.com/mail/u/0/#inbox/1',
    people: [],
    ...partial,
  };
}

export function addCustomer(db: CallprepDB, input: CustomerInput) {
  return customers.create(db, input);
}

export function addContact(db: CallprepDB, input: ContactInput) {
  return contacts.create(db, input);
}

/** An 18-character Salesforce Account id. */
export const SF_ACCOUNT_ID = '001Ht00003AbCdEIAV';
export const SF_CONTACT_ID = '003Ht00001XyZabIAB';

/**
 * `count` customers written straight to the table (no repository), for tests at
 * scale; `make(i)` gives each one's id and name, and its words when they differ
 * from the name's.
 */
export async function bulkCustomers(
  db: CallprepDB,
  count: number,
  make: (i: number) => { id: string; name: string; nameTokens?: string[] },
): Promise<void> {
  const now = Date.now();
  await db.customers.bulkAdd(
    Array.from({ length: count }, (_, i) => {
      const { id, name, nameTokens: words } = make(i);
      const nameKey = normalizeCompanyName(name);
      return {
        id,
        name,
        nameKey,
        nameTokens: words ?? nameTokens(nameKey),
        domains: [],
        crmRefs: [],
        industry: '',
        about: '',
        sample: false,
        createdAt: now,
        updatedAt: now,
      };
    }),
  );
}
