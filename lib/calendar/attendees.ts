import type { CallprepDB } from '../db/schema';
import {
  domainAndParents,
  emailDomain,
  isFreeMailDomain,
  isOwnDomain,
  registrableDomain,
} from '../match/free-mail';
import type { Own } from '../match/people';
import type { EventPerson } from './occurrence';

/** Who an event is with, as far as Callprep's customers go. */
export type AttendeeVerdict =
  | { kind: 'customer'; customerId: string; via: 'email' | 'domain' }
  /** every attendee is the seller or a colleague (own domains, own mailboxes) */
  | { kind: 'internal' }
  /** company domains no customer has yet: each could become one */
  | { kind: 'unmatched'; domains: string[] }
  /** nobody invited, or only free-mail addresses no contact has */
  | { kind: 'personal' };

type External = { email: string; domain: string; company: boolean };

function externalsOf(people: readonly EventPerson[], own: Own): External[] {
  const ownEmails = new Set((own.ownEmails ?? []).map((e) => e.toLowerCase()));
  const out: External[] = [];
  for (const p of people) {
    const domain = emailDomain(p.email);
    if (!domain || isOwnDomain(domain, own.ownDomains) || ownEmails.has(p.email)) continue;
    out.push({ email: p.email, domain, company: !isFreeMailDomain(domain) });
  }
  return out;
}

/** The customer with the most votes; ties to the first seen (the organizer comes first). */
function mostVoted(votes: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of votes) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [id, n] of counts) if (best === undefined || n > counts.get(best)!) best = id;
  return best;
}

/**
 * Matches events' attendees to customers with two index reads for a whole
 * calendar: every attendee email against contacts, then every company domain
 * (and its parents) against customers. Free-mail domains match only as a
 * contact's exact email, never as a domain; the seller's own domains and
 * mailboxes never match at all.
 */
export async function attendeeMatcher(
  db: CallprepDB,
  everyone: readonly (readonly EventPerson[])[],
  own: Own,
): Promise<(people: readonly EventPerson[]) => AttendeeVerdict> {
  const emails = new Set<string>();
  const domains = new Set<string>();
  for (const people of everyone) {
    for (const x of externalsOf(people, own)) {
      emails.add(x.email);
      if (x.company) for (const d of domainAndParents(x.domain)) domains.add(d);
    }
  }
  const byEmail = new Map<string, string>();
  for (const contact of await db.contacts
    .where('emails')
    .anyOf([...emails])
    .toArray()) {
    for (const e of contact.emails) if (emails.has(e)) byEmail.set(e, contact.customerId);
  }
  const byDomain = new Map<string, string>();
  const customers = await db.customers
    .where('domains')
    .anyOf([...domains])
    .toArray();
  // Oldest customer first, so the same domain on two customers always picks the same one.
  customers.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  for (const c of customers) for (const d of c.domains) if (!byDomain.has(d)) byDomain.set(d, c.id);

  return (people) => {
    const externals = externalsOf(people, own);
    if (externals.length === 0)
      return people.length > 0 ? { kind: 'internal' } : { kind: 'personal' };
    const viaEmail = mostVoted(externals.flatMap((x) => byEmail.get(x.email) ?? []));
    if (viaEmail) return { kind: 'customer', customerId: viaEmail, via: 'email' };
    const viaDomain = mostVoted(
      externals.flatMap((x) => {
        if (!x.company) return [];
        const hit = domainAndParents(x.domain).find((d) => byDomain.has(d));
        return hit ? [byDomain.get(hit)!] : [];
      }),
    );
    if (viaDomain) return { kind: 'customer', customerId: viaDomain, via: 'domain' };
    const unknown = [
      ...new Set(externals.filter((x) => x.company).map((x) => registrableDomain(x.domain))),
    ];
    return unknown.length > 0 ? { kind: 'unmatched', domains: unknown } : { kind: 'personal' };
  };
}
