/**
 * What a customer or contact form should warn about before it saves: a name,
 * domain or email another customer already has, a free-mail domain that would
 * match anyone, a domain line that is not a domain. Warnings never block: they
 * say why and name the existing customer, so the form can offer to open it.
 */
import { isFreeMailDomain } from '../match/free-mail';
import { normalizeCompanyName } from '../match/normalize';
import { domain as domainSchema } from './models';
import type { CallprepDB } from './schema';

export type DuplicateWarning = {
  field: 'name' | 'domains' | 'emails';
  message: string;
  /** the customer that already has it, to offer instead */
  existing?: { customerId: string; name: string };
};

/** One problem per line of a domains box that holds something unreadable: "Line 2: “acme” is not a domain (like acme.com)". */
export function domainLineProblems(text: string): string[] {
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const bad = line
      .split(/[\s,;]+/)
      .filter((entry) => entry && !domainSchema.safeParse(entry).success);
    // One problem per line, quoting what is wrong on it as typed ("not a domain!").
    if (bad.length)
      problems.push(`Line ${i + 1}: “${bad.join(' ')}” is not a domain (like acme.com)`);
  });
  return problems;
}

/** Warnings for a customer's name and domains as typed (`id`: the customer being edited, if any). */
export async function customerDuplicates(
  db: CallprepDB,
  draft: { id?: string; name?: string; domains?: readonly string[] },
): Promise<DuplicateWarning[]> {
  const warnings: DuplicateWarning[] = [];
  const others = (c: { id: string }) => c.id !== draft.id;

  const nameKey = draft.name ? normalizeCompanyName(draft.name) : '';
  if (nameKey) {
    const same = (await db.customers.where('nameKey').equals(nameKey).toArray()).find(others);
    if (same)
      warnings.push({
        field: 'name',
        message: `A customer named “${same.name}” already exists: the same name, written differently.`,
        existing: { customerId: same.id, name: same.name },
      });
  }

  for (const raw of draft.domains ?? []) {
    const parsed = domainSchema.safeParse(raw);
    if (!parsed.success) continue; // domainLineProblems says so, with the line
    const domain = parsed.data;
    if (isFreeMailDomain(domain)) {
      warnings.push({
        field: 'domains',
        message: `${domain} is a free-mail domain: anyone can have an address there, so it is never used to recognize a customer.`,
      });
      continue;
    }
    const owner = (await db.customers.where('domains').equals(domain).toArray()).find(others);
    if (owner)
      warnings.push({
        field: 'domains',
        message: `${domain} is already a domain of “${owner.name}”: pages from it would match either.`,
        existing: { customerId: owner.id, name: owner.name },
      });
  }
  return warnings;
}

/** Warnings for a contact's emails as typed: an address already on another customer's contact. */
export async function contactEmailDuplicates(
  db: CallprepDB,
  draft: { contactId?: string; customerId: string; emails: readonly string[] },
): Promise<DuplicateWarning[]> {
  const warnings: DuplicateWarning[] = [];
  for (const raw of draft.emails) {
    const email = raw.trim().toLowerCase();
    if (!email) continue;
    const holders = await db.contacts.where('emails').equals(email).toArray();
    const elsewhere = holders.find(
      (c) => c.id !== draft.contactId && c.customerId !== draft.customerId,
    );
    if (!elsewhere) continue;
    const owner = await db.customers.get(elsewhere.customerId);
    const ownerName = owner?.name ?? 'another customer';
    warnings.push({
      field: 'emails',
      message: `${email} is already the address of ${elsewhere.name || 'a contact'} at “${ownerName}”.`,
      ...(owner && { existing: { customerId: owner.id, name: owner.name } }),
    });
  }
  return warnings;
}
