import { contacts } from '../db/contacts';
import { customers } from '../db/customers';
import { MissingRecordError } from '../db/errors';
import { LIMITS, crmRefKey, type Contact, type Customer } from '../db/models';
import { systemClock, type Clock } from '../db/repo';
import type { CallprepDB } from '../db/schema';
import type { PageSignal } from '../recognize/signal';
import { isFreeMailDomain, isOwnDomain, nameFromDomain, registrableDomain } from './free-mail';
import { pageCompanyName } from './match-customer';
import { foldText } from './normalize';
import { externalPeople, type Own, type PagePerson } from './people';
import { isPersonRecord } from './records';

export type LearnOptions = Own;

/** What linking a page taught: the customer as stored now, and the contacts created or changed. */
export type LinkResult = { customer: Customer; contacts: Contact[] };

const MAX_CONTACT_EMAILS = 20;

/**
 * Hosts of other organisations' pages: a Website field that points at a company's
 * profile there ("linkedin.com/company/acme") says nothing about its mail domain.
 */
const PROFILE_HOSTS = new Set([
  'linkedin.com',
  'facebook.com',
  'instagram.com',
  'twitter.com',
  'x.com',
  'youtube.com',
  'github.com',
  'google.com',
  'wixsite.com',
  'squarespace.com',
  'wordpress.com',
  'blogspot.com',
]);

/**
 * The organisation's domain from its website as the page shows it (a CRM account's
 * Website field: `signal.domain`), or null when it is free mail, one of the seller's
 * own domains, or a host of other organisations' profiles.
 */
export function websiteDomain(signal: PageSignal, options: LearnOptions): string | null {
  if (!signal.domain) return null;
  const domain = registrableDomain(signal.domain);
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(domain) || PROFILE_HOSTS.has(domain)) return null;
  if (isFreeMailDomain(domain) || isOwnDomain(domain, options.ownDomains)) return null;
  return domain;
}

/**
 * The seller says "this page is about that customer". Stores, in one transaction,
 * what will make the next visit match exactly:
 * - the page's CRM record ref: on the contact when the record is a person (Contact,
 *   Lead, person, LinkedIn `in` profile; the contact is found by email or name, or
 *   created), otherwise on the customer. A ref another customer held moves here.
 * - the external people's emails as contacts of the customer (added to a same-named
 *   contact, or a new contact), for people on free mail or on the customer's
 *   domains; an email that is already another customer's contact stays there.
 * - the organisation's website domain when the page shows one (a CRM account's
 *   Website), and the most decisive external person's company domain (never free
 *   mail, never one of the seller's own domains) on the customer.
 * Idempotent: linking the same page twice changes nothing the second time.
 */
export async function linkPageToCustomer(
  db: CallprepDB,
  customerId: string,
  signal: PageSignal,
  options: LearnOptions,
  clock: Clock = systemClock,
): Promise<LinkResult> {
  return db.transaction('rw', db.customers, db.contacts, () =>
    learnInto(db, customerId, signal, options, clock),
  );
}

/**
 * "Create from this page": a new customer named after the page's company (or the
 * record's title, the email domain, or the person), with the page's domain, CRM
 * ref and external people already learned. `name` overrides the derived name.
 * Throws a ValidationError (lib/db/errors) when no name can be found or given.
 */
export async function createCustomerFromSignal(
  db: CallprepDB,
  signal: PageSignal,
  options: LearnOptions & { name?: string },
  clock: Clock = systemClock,
): Promise<Customer> {
  return db.transaction('rw', db.customers, db.contacts, async () => {
    const customer = await customers.create(
      db,
      { name: options.name?.trim() || suggestCustomerName(signal, options) },
      clock,
    );
    return (await learnInto(db, customer.id, signal, options, clock)).customer;
  });
}

/** The name "Create from this page" proposes, or '' when the page shows none. */
export function suggestCustomerName(signal: PageSignal, options: LearnOptions): string {
  const company = pageCompanyName(signal);
  if (company) return company;
  const people = externalPeople(signal, options);
  const corporate = people.find((p) => p.domain && !p.freeMail);
  if (corporate?.domain) return nameFromDomain(corporate.domain);
  const subject = people.find((p) => p.role === 'subject' && p.name) ?? people.find((p) => p.name);
  if (subject?.name) return subject.name;
  if ((signal.view === 'record' || signal.view === 'profile') && signal.title) return signal.title;
  return '';
}

async function learnInto(
  db: CallprepDB,
  customerId: string,
  signal: PageSignal,
  options: LearnOptions,
  clock: Clock,
): Promise<LinkResult> {
  // Dexie keeps a transaction alive only across awaits of its own promises (and a
  // few native hops): so read everything first, decide in memory, then write, each
  // write awaited directly here.
  const people = externalPeople(signal, options);
  const emails = people.flatMap((p) => (p.email ? [p.email] : []));
  const ref = signal.record ? crmRefKey(signal.record) : null;
  const [customer, ownRows, emailRows, refCustomers, refContacts] = await Promise.all([
    db.customers.get(customerId),
    db.contacts.where('customerId').equals(customerId).toArray(),
    emails.length ? db.contacts.where('emails').anyOf(emails).toArray() : [],
    ref ? db.customers.where('crmRefs').equals(ref).toArray() : [],
    ref ? db.contacts.where('crmRefs').equals(ref).toArray() : [],
  ]);
  if (!customer) throw new MissingRecordError('Customer', customerId);

  const drafts: Draft[] = ownRows.map((c) => ({
    row: c,
    name: c.name,
    emails: [...c.emails],
    crmRefs: [...c.crmRefs],
  }));
  const takenElsewhere = new Set(
    emailRows.filter((c) => c.customerId !== customerId).flatMap((c) => c.emails),
  );

  // The customer's domains: its website's, then the most decisive person's on a company (not free) mailbox.
  const domains = [...customer.domains];
  const website = websiteDomain(signal, options);
  if (website && !covers(domains, website) && domains.length < LIMITS.list) domains.push(website);
  const decisive = people.find((p) => p.domain && !p.freeMail);
  if (decisive?.domain && !covers(domains, decisive.domain) && domains.length < LIMITS.list) {
    domains.push(registrableDomain(decisive.domain));
  }

  // The record reference: on the person's contact for a person record, else on the customer.
  const crmRefs = [...customer.crmRefs];
  if (ref && signal.record) {
    const subject = isPersonRecord(signal.record) ? recordSubject(signal, people) : undefined;
    const draft = subject ? draftFor(subject, drafts) : undefined;
    if (draft && subject) {
      addEmail(draft, subject.email);
      if (!draft.crmRefs.includes(ref) && draft.crmRefs.length < LIMITS.list)
        draft.crmRefs.push(ref);
    } else if (!crmRefs.includes(ref) && crmRefs.length < LIMITS.list) {
      crmRefs.push(ref);
    }
  }

  // The people: on free mail or on the customer's domains, and no one else's contact yet.
  for (const p of people) {
    if (!p.email || !p.domain) continue;
    if (!p.freeMail && !covers(domains, p.domain)) continue;
    if (takenElsewhere.has(p.email) || drafts.some((d) => d.emails.includes(p.email!))) continue;
    addEmail(draftFor(p, drafts)!, p.email);
  }

  // Writes. The seller tied the record to this customer: no one else keeps its ref.
  for (const c of refCustomers) {
    if (c.id === customerId) continue;
    await customers.update(db, c.id, { crmRefs: c.crmRefs.filter((r) => r !== ref) }, clock);
  }
  for (const c of refContacts) {
    if (c.customerId === customerId) continue;
    await contacts.update(db, c.id, { crmRefs: c.crmRefs.filter((r) => r !== ref) }, clock);
  }
  const saved: Contact[] = [];
  for (const d of drafts) {
    if (!d.row) {
      const input = { customerId, name: d.name, emails: d.emails, crmRefs: d.crmRefs };
      saved.push(await contacts.create(db, input, clock));
    } else if (
      d.emails.length !== d.row.emails.length ||
      d.crmRefs.length !== d.row.crmRefs.length
    ) {
      saved.push(
        await contacts.update(db, d.row.id, { emails: d.emails, crmRefs: d.crmRefs }, clock),
      );
    }
  }
  const changed =
    domains.length !== customer.domains.length || crmRefs.length !== customer.crmRefs.length;
  const updated = changed
    ? await customers.update(db, customerId, { domains, crmRefs }, clock)
    : customer;
  return { customer: updated, contacts: saved };
}

/** A contact of the customer as it will be written: `row` is the stored one, if any. */
type Draft = { row?: Contact; name: string; emails: string[]; crmRefs: string[] };

/** The person a person-record is about: the `subject`, else the record's title as a name. */
function recordSubject(signal: PageSignal, people: PagePerson[]): PagePerson | undefined {
  const subject = people.find((p) => p.role === 'subject');
  if (subject && (subject.email || subject.name)) return subject;
  const title = signal.title?.trim();
  if (title) return { name: title, domain: null, freeMail: false, role: 'subject', rank: 0 };
  return undefined;
}

/**
 * The customer's contact for the person (same email, else same name), or a new
 * one added to `drafts`; undefined when the person has neither name nor email.
 */
function draftFor(person: PagePerson, drafts: Draft[]): Draft | undefined {
  const byEmail = person.email ? drafts.find((d) => d.emails.includes(person.email!)) : undefined;
  if (byEmail) return byEmail;
  const key = person.name ? foldText(person.name) : '';
  const byName = key ? drafts.find((d) => foldText(d.name) === key) : undefined;
  if (byName) return byName;
  if (!person.name && !person.email) return undefined;
  const draft: Draft = {
    name: person.name || nameFromEmail(person.email!),
    emails: [],
    crmRefs: [],
  };
  drafts.push(draft);
  return draft;
}

function addEmail(draft: Draft, email: string | undefined): void {
  if (email && !draft.emails.includes(email) && draft.emails.length < MAX_CONTACT_EMAILS)
    draft.emails.push(email);
}

/** True when `domain` is one of `domains` or a subdomain of one. */
function covers(domains: readonly string[], domain: string): boolean {
  return domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** "ada.lovelace@acme.com" → "Ada Lovelace". */
export function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? '';
  const words = local
    .split(/[._+-]+/)
    .filter((w) => w && !/^\d+$/.test(w))
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  return words.join(' ') || email;
}
