import type { PageSignal, PersonRole } from '../recognize/signal';
import { emailDomain, isFreeMailDomain, isOwnDomain } from './free-mail';
import { collapseWhitespace } from './normalize';

/** A person shown on the page who is not one of the seller's colleagues. */
export type PagePerson = {
  name?: string;
  /** lower-cased and trimmed */
  email?: string;
  /** the email's domain, or null when the person has no (valid) email */
  domain: string | null;
  freeMail: boolean;
  role: PersonRole;
  /** how much this person decides which customer the page is about: lower decides more */
  rank: number;
};

/** A CRM record or a profile: the person it is about (`subject`) decides first. */
export function isCrmPage(signal: PageSignal): boolean {
  return signal.record !== undefined || signal.view === 'record' || signal.view === 'profile';
}

/**
 * subject (on CRM pages) → from → to / attendee / subject elsewhere → cc.
 * Own-domain people never reach this: they are dropped by externalPeople().
 */
export function roleRank(role: PersonRole, crmPage: boolean): number {
  switch (role) {
    case 'subject':
      return crmPage ? 0 : 2;
    case 'from':
      return 1;
    case 'to':
    case 'attendee':
      return 2;
    case 'cc':
      return 3;
  }
}

/** Who the seller is: their own domains (colleagues too) and their own mailboxes. */
export type Own = { ownDomains: readonly string[]; ownEmails?: readonly string[] };

/**
 * The page's people minus the seller and colleagues (own domains, own mailboxes
 * such as a free-mail address, the sender of a message being composed), each
 * email once, most decisive first. People without an email stay (their name can
 * still be learned on a CRM contact page).
 */
export function externalPeople(
  signal: PageSignal,
  { ownDomains, ownEmails = [] }: Own,
): PagePerson[] {
  const crmPage = isCrmPage(signal);
  const byEmail = new Map<string, PagePerson>();
  const nameOnly: PagePerson[] = [];
  for (const p of signal.people) {
    // In a message being written, "from" is the seller's own mailbox, whatever its domain.
    if (signal.view === 'compose' && p.role === 'from') continue;
    const email = p.email?.trim().toLowerCase() || undefined;
    const domain = emailDomain(email);
    if (domain && isOwnDomain(domain, ownDomains)) continue;
    if (email && ownEmails.includes(email)) continue;
    const name = p.name ? collapseWhitespace(p.name) || undefined : undefined;
    const person: PagePerson = {
      name,
      email: domain ? email : undefined,
      domain,
      freeMail: isFreeMailDomain(domain),
      role: p.role,
      rank: roleRank(p.role, crmPage),
    };
    if (!person.email) {
      if (name) nameOnly.push(person);
      continue;
    }
    const seen = byEmail.get(person.email);
    if (!seen || person.rank < seen.rank)
      byEmail.set(person.email, { ...person, name: name ?? seen?.name });
    else if (!seen.name && name) seen.name = name;
  }
  return [...byEmail.values(), ...nameOnly].sort((a, b) => a.rank - b.rank);
}
