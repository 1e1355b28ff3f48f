import { crmRefKey } from '../db/models';
import type { CallprepDB } from '../db/schema';
import type { PageSignal } from '../recognize/signal';
import { domainAndParents } from './free-mail';
import { allowedEdits, judgeNames, searchEdits, type ScoredName } from './fuzzy-name';
import { customerNames } from './names/load';
import type { NameIndex } from './names/name-index';
import { normalizeCompanyName } from './normalize';
import { externalPeople, type Own, type PagePerson } from './people';
import { describeRecord, isOrganizationRecord } from './records';
import type { Candidate, Match, MatchVia } from './types';

/** How sure each rule is. Fuzzy confidences (fuzzy-name.ts) stay at or below CONFIDENCE.fuzzy. */
export const CONFIDENCE = {
  crm: 1,
  email: 0.95,
  domain: 0.85,
  /** the email's domain is a subdomain of the customer's (eu.acme.com → acme.com) */
  parentDomain: 0.8,
  company: 0.75,
  fuzzy: 0.6,
} as const;

/** Runners-up returned beside the best match. */
export const MAX_CANDIDATES = 10;
/** Fuzzy candidates this close to the best are as good as equal: a choice, not a guess. */
const FUZZY_TIE = 0.05;
const EPSILON = 1e-9;

export type MatchOptions = Own;

type Evidence = Candidate & {
  /** the deciding person's role rank (see people.ts); 9 when no person was involved */
  rank: number;
};

type Tally = { best: Evidence; rules: Set<MatchVia> };

const NO_PERSON = 9;

/** A match, or none with the names the seller may have meant ("Did you mean …?"). */
export type MatchOutcome = {
  match: Match | null;
  /** close names too weak to be a match; only when `match` is null */
  suggestions: Candidate[];
};

/**
 * Which customer the page is about: CRM record ref → contact email → email
 * domain → normalized company name → similar name. Every lookup is an index
 * query (crmRefs, emails, domains, nameKey) or the in-memory names (names/),
 * never a table scan. Returns null when nothing matched, weak guesses included.
 */
export async function matchCustomer(
  signal: PageSignal,
  db: CallprepDB,
  options: MatchOptions,
): Promise<Match | null> {
  return (await matchWithSuggestions(signal, db, options)).match;
}

/** matchCustomer, and when nothing matched, the close names it would not call a match. */
export async function matchWithSuggestions(
  signal: PageSignal,
  db: CallprepDB,
  options: MatchOptions,
): Promise<MatchOutcome> {
  const people = externalPeople(signal, options);
  const emails = people.flatMap((p) => (p.email ? [p.email] : []));
  const domains = companyDomains(people);
  const ref = signal.record ? crmRefKey(signal.record) : null;
  const pageName = pageCompanyName(signal);
  const nameKey = pageName ? normalizeCompanyName(pageName) : '';

  const tallies = new Map<string, Tally>();
  const names = new Map<string, string>();
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

  // The names load (a cold worker reads them from their own database) alongside
  // the exact rules' lookups; they are judged only if nothing firmer matched.
  const loading = nameKey ? customerNames(db) : null;
  loading?.catch(() => {}); // awaited below; not an unhandled rejection meanwhile

  await db.transaction('r', db.customers, db.contacts, async () => {
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

    for (const c of [...refCustomers, ...domainCustomers, ...nameCustomers])
      names.set(c.id, c.name);
    const missing = [
      ...new Set([...refContacts, ...emailContacts].map((c) => c.customerId)),
    ].filter((id) => !names.has(id));
    if (missing.length) {
      for (const c of await db.customers.bulkGet(missing)) if (c) names.set(c.id, c.name);
    }
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
  });

  // 5. A similar name, only when nothing firmer matched: a typo of one
  //    customer's whole name, or the start of several customers' names. After
  //    the transaction: the names live in memory and their own small database.
  const firmest = Math.max(0, ...[...tallies.values()].map((t) => t.best.confidence));
  let suggestions: Candidate[] = [];
  if (loading && pageName && firmest < CONFIDENCE.company) {
    const similar = await similarNames(db, await loading, nameKey);
    for (const { customerId, name, confidence } of similar.matches) {
      names.set(customerId, name);
      add(customerId, {
        confidence,
        reason: `similar name “${pageName}”`,
        via: 'fuzzy',
        rank: NO_PERSON,
      });
    }
    suggestions = similar.suggestions.map((s) => ({
      customerId: s.customerId,
      name: s.name,
      confidence: s.confidence,
      reason: `name close to “${pageName}”`,
      via: 'fuzzy' as const,
    }));
  }

  const match = decide([...tallies.values()]);
  return { match, suggestions: match ? [] : suggestions };
}

type SimilarName = ScoredName & { name: string };

/**
 * Customers whose names are close to `nameKey` (fuzzy-name.ts judges how
 * close), read back from the table so that what is shown is what is stored now.
 */
async function similarNames(
  db: CallprepDB,
  index: NameIndex,
  nameKey: string,
): Promise<{ matches: SimilarName[]; suggestions: SimilarName[] }> {
  // Most misspellings are within the allowed edits: look one edit further (for
  // suggestions, a wider and slower search) only when that found no match.
  let judged = judgeNames(nameKey, index.search(nameKey, allowedEdits(nameKey)));
  if (judged.matches.length === 0)
    judged = judgeNames(nameKey, index.search(nameKey, searchEdits(nameKey)));
  const matches = judged.matches.slice(0, MAX_CANDIDATES + 1);
  const rows = await db.customers.bulkGet(
    [...matches, ...judged.suggestions].map((h) => h.customerId),
  );
  const byId = new Map(rows.flatMap((r) => (r ? [[r.id, r] as const] : [])));
  // The names are current (names/track.ts); a row that disagrees is skipped, never guessed.
  const current = (hits: ScoredName[]): SimilarName[] =>
    hits.flatMap((h) => {
      const row = byId.get(h.customerId);
      return row && row.nameKey === h.nameKey ? [{ ...h, name: row.name }] : [];
    });
  return { matches: current(matches), suggestions: current(judged.suggestions) };
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
 * The words one typo away from `word` that a dropped or swapped letter explains
 * (no longer used by the matcher, which compares whole names: names/):
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
