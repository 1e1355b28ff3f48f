import Fuse from 'fuse.js';
import { crmRefKey, type Customer } from '../db/models';
import type { CallprepDB } from '../db/schema';
import type { PageSignal } from '../recognize/signal';
import { domainAndParents } from './free-mail';
import { nameTokens, normalizeCompanyName } from './normalize';
import { externalPeople, type Own, type PagePerson } from './people';
import { describeRecord, isOrganizationRecord } from './records';
import type { Candidate, Match, MatchVia } from './types';

/** How sure each rule is. Fuzzy scores are scaled into 0..CONFIDENCE.fuzzy. */
export const CONFIDENCE = {
  crm: 1,
  email: 0.95,
  domain: 0.85,
  /** the email's domain is a subdomain of the customer's (eu.acme.com → acme.com) */
  parentDomain: 0.8,
  company: 0.75,
  fuzzy: 0.6,
} as const;

/** At most this many customers are handed to Fuse, whatever the table's size. */
export const FUZZY_CANDIDATE_CAP = 300;
/** Of those, the customers sharing the most (and rarest) words with the page's name. */
const RANKED_ROWS = 40;
/** Ids read per word (or per word's typo variants) when gathering fuzzy candidates. */
const POSTINGS_CAP = 200;
/** Words of a page's company name used to find similar names (the first ones). */
const MAX_NAME_WORDS = 6;
/** Runners-up returned beside the best match. */
export const MAX_CANDIDATES = 10;
/** Fuse score (0 = exact, 1 = unrelated) above which a name is not "similar". */
const FUZZY_THRESHOLD = 0.4;
/** Fuzzy candidates this close to the best are as good as equal: a choice, not a guess. */
const FUZZY_TIE = 0.05;
const EPSILON = 1e-9;

// Words too common to narrow the fuzzy candidate set.
const FILLER_WORDS = new Set(['and', 'of', 'the', 'de', 'la', 'le', 'der', 'die', 'das', 'du']);

export type MatchOptions = Own;

type Evidence = Candidate & {
  /** the deciding person's role rank (see people.ts); 9 when no person was involved */
  rank: number;
};

type Tally = { best: Evidence; rules: Set<MatchVia> };

const NO_PERSON = 9;

/**
 * Which customer the page is about: CRM record ref → contact email → email
 * domain → normalized company name → similar name. Every lookup is an index
 * query (crmRefs, emails, domains, nameKey, nameTokens), never a table scan.
 * Returns null when nothing matched.
 */
export async function matchCustomer(
  signal: PageSignal,
  db: CallprepDB,
  options: MatchOptions,
): Promise<Match | null> {
  const people = externalPeople(signal, options);
  const emails = people.flatMap((p) => (p.email ? [p.email] : []));
  const domains = companyDomains(people);
  const ref = signal.record ? crmRefKey(signal.record) : null;
  const pageName = pageCompanyName(signal);
  const nameKey = pageName ? normalizeCompanyName(pageName) : '';

  return db.transaction('r', db.customers, db.contacts, async () => {
    const [refCustomers, refContacts, emailContacts, domainCustomers, nameCustomers] =
      await Promise.all([
        ref ? db.customers.where('crmRefs').equals(ref).toArray() : [],
        ref ? db.contacts.where('crmRefs').equals(ref).toArray() : [],
        emails.length ? db.contacts.where('emails').anyOf(emails).toArray() : [],
        domains.size
          ? db.customers
              .where('domains')
              .anyOf([...domains.keys()])
              .toArray()
          : [],
        nameKey ? db.customers.where('nameKey').equals(nameKey).toArray() : [],
      ]);

    const tallies = new Map<string, Tally>();
    const names = new Map<string, string>();
    for (const c of [...refCustomers, ...domainCustomers, ...nameCustomers])
      names.set(c.id, c.name);
    const missing = [
      ...new Set([...refContacts, ...emailContacts].map((c) => c.customerId)),
    ].filter((id) => !names.has(id));
    if (missing.length) {
      for (const c of await db.customers.bulkGet(missing)) if (c) names.set(c.id, c.name);
    }
    const add = (customerId: string, e: Omit<Evidence, 'customerId' | 'name'>) => {
      const name = names.get(customerId);
      if (name === undefined) return; // a contact whose customer is gone
      const evidence: Evidence = { customerId, name, ...e };
      const tally = tallies.get(customerId);
      if (!tally) tallies.set(customerId, { best: evidence, rules: new Set([e.via]) });
      else {
        tally.rules.add(e.via);
        if (stronger(evidence, tally.best)) tally.best = evidence;
      }
    };

    // 1. CRM record reference, on a customer or on one of its contacts.
    if (ref && signal.record) {
      const what = describeRecord(signal.record);
      for (const c of refCustomers)
        add(c.id, { confidence: CONFIDENCE.crm, reason: what, via: 'crm', rank: 0 });
      for (const ct of refContacts)
        add(ct.customerId, {
          confidence: CONFIDENCE.crm,
          reason: `${what} (${ct.name})`,
          via: 'crm',
          rank: 0,
          contactId: ct.id,
        });
    }

    // 2. A known contact's email address (free-mail addresses count: they are exact).
    const personByEmail = new Map(people.filter((p) => p.email).map((p) => [p.email!, p]));
    for (const ct of emailContacts) {
      for (const email of ct.emails) {
        const person = personByEmail.get(email);
        if (!person) continue;
        add(ct.customerId, {
          confidence: CONFIDENCE.email,
          reason: `contact email ${email}`,
          via: 'email',
          rank: person.rank,
          contactId: ct.id,
        });
      }
    }

    // 3. The email domain of an external, non-free-mail person.
    for (const c of domainCustomers) {
      for (const d of c.domains) {
        const hit = domains.get(d);
        if (!hit) continue;
        const exact = hit.emailDomain === d;
        add(c.id, {
          confidence: exact ? CONFIDENCE.domain : CONFIDENCE.parentDomain,
          reason: `email domain ${hit.emailDomain}`,
          via: 'domain',
          rank: hit.rank,
        });
      }
    }

    // 4. The page's company name, normalized ("ACME, Inc." = "Acme").
    for (const c of nameCustomers)
      add(c.id, {
        confidence: CONFIDENCE.company,
        reason: `company name “${pageName}”`,
        via: 'company',
        rank: NO_PERSON,
      });

    // 5. A similar name, only when nothing firmer matched: Fuse over a few
    //    hundred customers that share a word prefix with the page's company.
    const firmest = Math.max(0, ...[...tallies.values()].map((t) => t.best.confidence));
    if (nameKey && pageName && firmest < CONFIDENCE.company) {
      for (const { customer, confidence } of await similarNames(db, nameKey)) {
        names.set(customer.id, customer.name);
        add(customer.id, {
          confidence,
          reason: `similar name “${pageName}”`,
          via: 'fuzzy',
          rank: NO_PERSON,
        });
      }
    }

    return decide([...tallies.values()]);
  });
}

/** Orders the customers found and says whether the best one is a guess. */
function decide(tallies: Tally[]): Match | null {
  if (tallies.length === 0) return null;
  tallies.sort(
    (a, b) =>
      b.best.confidence - a.best.confidence ||
      b.rules.size - a.rules.size ||
      a.best.rank - b.best.rank ||
      a.best.name.localeCompare(b.best.name) ||
      a.best.customerId.localeCompare(b.best.customerId),
  );
  const [top, second] = tallies as [Tally, Tally | undefined];
  const tie = top.best.via === 'fuzzy' ? FUZZY_TIE : EPSILON;
  const ambiguous =
    second !== undefined &&
    top.best.confidence - second.best.confidence <= tie &&
    second.rules.size === top.rules.size;
  return {
    ...toCandidate(top.best),
    candidates: tallies.slice(1, MAX_CANDIDATES + 1).map((t) => toCandidate(t.best)),
    ambiguous,
  };
}

function toCandidate(e: Evidence): Candidate {
  const c: Candidate = {
    customerId: e.customerId,
    name: e.name,
    confidence: e.confidence,
    reason: e.reason,
    via: e.via,
  };
  if (e.contactId) c.contactId = e.contactId;
  return c;
}

function stronger(a: Evidence, b: Evidence): boolean {
  return a.confidence > b.confidence || (a.confidence === b.confidence && a.rank < b.rank);
}

/**
 * The domains (and parent domains) that may name a customer, from people who are
 * neither colleagues nor on free mail, each with the most decisive person's rank.
 */
function companyDomains(people: PagePerson[]): Map<string, { emailDomain: string; rank: number }> {
  const out = new Map<string, { emailDomain: string; rank: number }>();
  for (const p of people) {
    if (!p.domain || p.freeMail) continue;
    for (const d of domainAndParents(p.domain)) {
      const seen = out.get(d);
      // The exact email domain beats a person whose subdomain only shares a parent.
      if (!seen || (seen.emailDomain !== d && p.domain === d) || p.rank < seen.rank)
        out.set(d, { emailDomain: p.domain, rank: p.rank });
    }
  }
  return out;
}

/**
 * The organisation name the page shows: `company`, or the record's title when the
 * record is the organisation itself (an account or company page).
 */
export function pageCompanyName(signal: PageSignal): string | undefined {
  const company = signal.company?.trim();
  if (company) return company;
  if (isOrganizationRecord(signal.record) && signal.title?.trim()) return signal.title.trim();
  return undefined;
}

/**
 * Customers whose names look like `nameKey`, with a confidence ≤ CONFIDENCE.fuzzy.
 * Candidates come from the `nameTokens` multi-entry index, never a table scan:
 * the RANKED_ROWS customers sharing the most (and the rarest) words, a word
 * that nobody has counting through its one-typo neighbours (a letter dropped or
 * two swapped); then, for a word still unexplained, customers sharing its first
 * three letters. At most FUZZY_CANDIDATE_CAP rows are read.
 */
async function similarNames(
  db: CallprepDB,
  nameKey: string,
): Promise<{ customer: Customer; confidence: number }[]> {
  const tokens = nameTokens(nameKey)
    .filter((t) => !FILLER_WORDS.has(t))
    .slice(0, MAX_NAME_WORDS);
  if (tokens.length === 0) return [];
  // One key range each: anyOf would walk a cursor across the span between the keys.
  const ids = async (keys: string[]): Promise<string[]> =>
    (
      await Promise.all(
        keys.map((k) =>
          db.customers.where('nameTokens').equals(k).limit(POSTINGS_CAP).primaryKeys(),
        ),
      )
    ).flat();
  // Ids only (no rows yet): who has each word; for a word nobody has (the likely
  // typo), who has a word one dropped or swapped letter away.
  const exact = await Promise.all(tokens.map((t) => ids([t])));
  const unknown = tokens.filter((_, i) => exact[i]!.length === 0);
  const nearby = await Promise.all(unknown.map((t) => ids(oneTypoAway(t))));
  // A rare word says more than a common one ("zebulon" vs "solutions").
  const score = new Map<string, number>();
  const credit = (list: string[], weight: number) => {
    const w = weight / Math.log2(2 + list.length);
    for (const id of new Set(list)) score.set(id, (score.get(id) ?? 0) + w);
  };
  exact.forEach((list) => credit(list, 1));
  nearby.forEach((list) => credit(list, 0.9));
  const best = [...score.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, RANKED_ROWS)
    .map(([id]) => id);
  const pool = new Map<string, Customer>();
  for (const c of await db.customers.bulkGet(best)) if (c) pool.set(c.id, c);
  // A typo that dropped a letter leaves no word one deletion away: for the words
  // still unexplained, customers sharing their first three letters fill the cap.
  const unexplained = unknown.filter((t, i) => t.length >= 4 && nearby[i]!.length === 0);
  const prefixes = [...new Set(unexplained.map((t) => t.slice(0, 3)))];
  if (prefixes.length && pool.size < FUZZY_CANDIDATE_CAP) {
    const share = Math.ceil((FUZZY_CANDIDATE_CAP - pool.size) / prefixes.length);
    const lists = await Promise.all(
      prefixes.map((p) => db.customers.where('nameTokens').startsWith(p).limit(share).toArray()),
    );
    for (const rows of lists)
      for (const r of rows) if (pool.size < FUZZY_CANDIDATE_CAP) pool.set(r.id, r);
  }
  if (pool.size === 0) return [];
  const fuse = new Fuse([...pool.values()], {
    keys: ['nameKey'],
    includeScore: true,
    threshold: FUZZY_THRESHOLD,
    ignoreLocation: true,
  });
  return fuse
    .search(nameKey, { limit: MAX_CANDIDATES + 1 })
    .filter((r) => r.item.nameKey !== nameKey)
    .map((r) => ({
      customer: r.item,
      confidence: Math.round(CONFIDENCE.fuzzy * (1 - (r.score ?? 1)) * 1000) / 1000,
    }))
    .filter((r) => r.confidence > 0);
}

/**
 * The words one typo away from `word` that a dropped or swapped letter explains:
 * every single-letter deletion and every swap of neighbours ("jnusaster" →
 * "junsaster", "zebulonn" → "zebulon"). Short words have too many neighbours.
 */
export function oneTypoAway(word: string): string[] {
  if (word.length < 4) return [];
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i + 1 < word.length; i++)
    out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  out.delete(word);
  return [...out];
}
