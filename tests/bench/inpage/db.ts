/**
 * Bundled by esbuild into one script and evaluated in an extension page
 * (chrome-extension://<id>/…), so it runs against the extension origin's real
 * IndexedDB with the app's own Dexie schema, matcher and CSV importer.
 * Everything returns plain data (it crosses CDP).
 */
import { CallprepDB } from '../../../lib/db/schema';
import { matchCustomer } from '../../../lib/match/match-customer';
import type { PageSignal } from '../../../lib/recognize/signal';
import { loadSampleWorkspace } from '../../../lib/sample/workspace';
import { generateCustomerRows, misspell, rng } from '../generate';

const OWN_DOMAINS = ['seller.example'];
const ME = { role: 'to' as const, name: 'Dana Seller', email: 'dana@seller.example' };

const dbs = new Map<string, CallprepDB>();
export function open(name: string): CallprepDB {
  let db = dbs.get(name);
  if (!db) dbs.set(name, (db = new CallprepDB(name)));
  return db;
}

export async function reset(name: string): Promise<void> {
  dbs.get(name)?.close();
  dbs.delete(name);
  await new CallprepDB(name).delete();
}

type Generated = ReturnType<typeof generateCustomerRows>;
let generated: Generated | undefined;

/**
 * Writes `customers` customers and `contactsPerCustomer` contacts each, in
 * chunks of `chunk` rows (one bulkAdd, one transaction each). Generation is not timed.
 */
export async function bulkLoad(
  name: string,
  customers: number,
  contactsPerCustomer: number,
  chunk = 10_000,
): Promise<{ rows: number; ms: number; generateMs: number }> {
  const g0 = performance.now();
  generated = generateCustomerRows(customers, contactsPerCustomer, { idPrefix: name });
  const generateMs = performance.now() - g0;
  const db = open(name);
  await db.open();
  const t0 = performance.now();
  for (let i = 0; i < generated.customers.length; i += chunk)
    await db.customers.bulkAdd(generated.customers.slice(i, i + chunk));
  for (let i = 0; i < generated.contacts.length; i += chunk)
    await db.contacts.bulkAdd(generated.contacts.slice(i, i + chunk));
  return {
    rows: generated.customers.length + generated.contacts.length,
    ms: performance.now() - t0,
    generateMs,
  };
}

export const MATCH_KINDS = ['record ref', 'email', 'domain', 'company name', 'fuzzy name'] as const;
type Kind = (typeof MATCH_KINDS)[number];

/** A page signal of each kind about customer `i`, as the recognizers would send it. */
function signalFor(kind: Kind, i: number, r: () => number): PageSignal | null {
  const g = generated!;
  const c = g.customers[i]!;
  const per = g.contacts.length / g.customers.length;
  const contact = g.contacts
    .slice(i * per, (i + 1) * per)
    .find((p) => p.emails[0]?.endsWith(`@${c.domains[0]}`));
  switch (kind) {
    case 'record ref': {
      const ref = c.crmRefs.find((x) => x.startsWith('salesforce:Account:'));
      if (!ref) return null;
      const id = ref.split(':')[2]!;
      return {
        site: 'salesforce',
        view: 'record',
        url: `https://acme.lightning.force.com/lightning/r/Account/${id}/view`,
        record: { system: 'salesforce', type: 'Account', id },
        people: [],
        title: c.name,
      };
    }
    case 'email':
      if (!contact) return null;
      return {
        site: 'gmail',
        view: 'thread',
        url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzKxBnRLwLpnXbbqvwGkCRsK',
        people: [{ role: 'from', name: contact.name, email: contact.emails[0]! }, ME],
        title: 'Re: pilot numbers',
      };
    case 'domain':
      return {
        site: 'gmail',
        view: 'thread',
        url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTzKxBnRLwLpnXbbqvwGkCRsL',
        people: [{ role: 'from', name: 'Someone New', email: `someone.new@${c.domains[0]}` }, ME],
        title: 'Introduction',
      };
    case 'company name':
      return {
        site: 'linkedin',
        view: 'profile',
        url: 'https://www.linkedin.com/in/someone-new',
        people: [{ role: 'subject', name: 'Someone New' }],
        company: c.name,
      };
    case 'fuzzy name':
      return {
        site: 'linkedin',
        view: 'profile',
        url: 'https://www.linkedin.com/in/someone-else',
        people: [{ role: 'subject', name: 'Someone Else' }],
        company: misspell(c.name, r),
      };
  }
}

/**
 * Times `matchCustomer` for every kind, round-robin (so machine noise hits all
 * kinds alike), on `runs` different customers each. Returns milliseconds per kind
 * and how often the intended customer came out on top.
 */
export async function timeMatches(
  name: string,
  runs: number,
  seed = 11,
): Promise<Record<Kind, { times: number[]; hits: number; tried: number }>> {
  const db = open(name);
  const g = generated!;
  const r = rng(seed);
  const out = Object.fromEntries(
    MATCH_KINDS.map((k) => [k, { times: [] as number[], hits: 0, tried: 0 }]),
  ) as Record<Kind, { times: number[]; hits: number; tried: number }>;
  // Warm-up: the first queries also open the database and fill caches.
  for (let w = 0; w < 5; w++) {
    const s = signalFor('email', Math.floor(r() * g.customers.length), r);
    if (s) await matchCustomer(s, db, { ownDomains: OWN_DOMAINS });
  }
  for (let i = 0; i < runs; i++) {
    for (const kind of MATCH_KINDS) {
      let signal: PageSignal | null = null;
      let target = 0;
      for (let tries = 0; !signal && tries < 50; tries++) {
        target = Math.floor(r() * g.customers.length);
        signal = signalFor(kind, target, r);
      }
      if (!signal) continue;
      const t0 = performance.now();
      const match = await matchCustomer(signal, db, { ownDomains: OWN_DOMAINS });
      out[kind].times.push(performance.now() - t0);
      out[kind].tried++;
      if (match?.customerId === g.customers[target]!.id) out[kind].hits++;
    }
  }
  return out;
}

/**
 * The side panel's data: `customers` generated customers (3 contacts each) and
 * the sample workspace, in the app's own database.
 */
export async function seedApp(customers: number): Promise<{ customers: number }> {
  const db = open('callprep');
  await db.open();
  const g = generateCustomerRows(customers, 3, { idPrefix: 'bench', now: Date.now() });
  await db.customers.bulkAdd(g.customers);
  await db.contacts.bulkAdd(g.contacts);
  await loadSampleWorkspace(db);
  return { customers: await db.customers.count() };
}
