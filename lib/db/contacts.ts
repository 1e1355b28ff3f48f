import { contactInput, contactSchema, type Contact } from './models';
import { makeRepository } from './repo';
import type { CallprepDB } from './schema';

export const contacts = makeRepository('Contact', (db) => db.contacts, contactInput, contactSchema);

export async function listContacts(db: CallprepDB, customerId: string): Promise<Contact[]> {
  const rows = await db.contacts.where('customerId').equals(customerId).toArray();
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

export async function findContactByEmail(
  db: CallprepDB,
  email: string,
): Promise<Contact | undefined> {
  return db.contacts.where('emails').equals(email.trim().toLowerCase()).first();
}
