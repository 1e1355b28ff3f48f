import { findContactByEmail } from '../db/contacts';
import type { Contact, Customer } from '../db/models';
import type { CallprepDB } from '../db/schema';
import type { PageSignal } from '../recognize/signal';

/** Customer reads the pages need that the repositories do not offer. */

/**
 * Whether the workspace has any customer yet (the empty state). One key read:
 * `count()` walks every row (tens of milliseconds at 10,000 customers), on the
 * path of the side panel's and the popup's first paint.
 */
export async function hasCustomers(db: CallprepDB): Promise<boolean> {
  return (await db.customers.limit(1).primaryKeys()).length > 0;
}

/** Customers whose name contains the query (case-insensitive), by name; at most `limit`. */
export async function searchCustomers(
  db: CallprepDB,
  query: string,
  limit = 50,
): Promise<Customer[]> {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (q === '') return db.customers.orderBy('nameKey').limit(limit).toArray();
  const rows = await db.customers
    .filter((c) => c.name.toLowerCase().includes(q))
    .limit(limit * 4)
    .toArray();
  // Names that start with the query first, then the rest, each by name.
  return rows
    .sort(
      (a, b) =>
        Number(!a.name.toLowerCase().startsWith(q)) - Number(!b.name.toLowerCase().startsWith(q)) ||
        a.name.localeCompare(b.name),
    )
    .slice(0, limit);
}

/**
 * The customer's contact on the page: the one the matcher named, else the first
 * person on the page whose email belongs to one of the customer's contacts.
 */
export async function contactOnPage(
  db: CallprepDB,
  customerId: string,
  contactId: string | undefined,
  signal: PageSignal | null,
): Promise<Contact | null> {
  if (contactId) {
    const c = await db.contacts.get(contactId);
    if (c && c.customerId === customerId) return c;
  }
  for (const person of signal?.people ?? []) {
    if (!person.email) continue;
    const c = await findContactByEmail(db, person.email);
    if (c && c.customerId === customerId) return c;
  }
  return null;
}
