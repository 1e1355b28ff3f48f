import { findContactByEmail } from '../db/contacts';
import { createMeetingWithChecklist } from '../db/meetings';
import type { Contact, Customer, Meeting, Template } from '../db/models';
import type { CallprepDB } from '../db/schema';
import { seedBuiltinTemplates } from '../readiness/seed';
import { builtinTemplateId } from '../readiness/templates';
import type { PageSignal } from '../recognize/signal';

/** Reads the side panel needs that the repositories do not offer. */

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

/** The template a new meeting most likely wants: discovery first, follow-up after. */
export function suggestedTemplateId(
  customerMeetings: Meeting[],
  templates: Pick<Template, 'id'>[],
): string {
  const wanted = builtinTemplateId(customerMeetings.length === 0 ? 'discovery' : 'follow-up');
  return templates.find((t) => t.id === wanted)?.id ?? templates[0]?.id ?? wanted;
}

/**
 * "Plan a meeting" in one click: a meeting starting now (a call is usually
 * happening when the seller is in the side panel), with the template's checklist.
 */
export async function planMeetingNow(
  db: CallprepDB,
  customer: Pick<Customer, 'id' | 'name'>,
  templateId: string,
  now: number,
): Promise<Meeting> {
  if ((await db.templates.count()) === 0) await seedBuiltinTemplates(db, now);
  const template =
    (await db.templates.get(templateId)) ?? (await db.templates.toCollection().first());
  const { meeting } = await createMeetingWithChecklist(
    db,
    {
      customerId: customer.id,
      title: template ? `${template.name} with ${customer.name}` : `Call with ${customer.name}`,
      startsAt: now,
      endsAt: null,
      templateId: template?.id ?? null,
    },
    template?.items ?? [],
    () => now,
  );
  return meeting;
}
