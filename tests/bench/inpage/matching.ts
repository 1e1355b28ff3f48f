/**
 * The matching bench, evaluated in an extension page (see db.ts): the exact
 * rules at scale (db.ts's timeMatches), then the fuzzy-name step on the larger
 * sets (generate.ts's fuzzySets) through Callprep, uFuzzy and MiniSearch in the
 * same page and run, a cold start of the names, and what the names journal
 * costs customer writes. Everything returns plain data (it crosses CDP).
 */
import uFuzzy from '@leeoniya/ufuzzy';
import MiniSearch from 'minisearch';
import { customers as customerRepo } from '../../../lib/db/customers';
import { CallprepDB } from '../../../lib/db/schema';
import { matchWithSuggestions } from '../../../lib/match/match-customer';
import { forgetCustomerNames } from '../../../lib/match/names/load';
import { NameIndex } from '../../../lib/match/names/name-index';
import { asJournal, closeNamesDb, JOURNAL_KEY, namesDb } from '../../../lib/match/names/records';
import { customerNamesJournal } from '../../../lib/match/names/track';
import { normalizeCompanyName } from '../../../lib/match/normalize';
import type { PageSignal } from '../../../lib/recognize/signal';
import { fuzzySets, generateCompanies, generateCustomerRows, type FuzzyCase } from '../generate';
import { open } from './db';

export { bulkLoad, reset, timeMatches } from './db';

const OWN = { ownDomains: ['seller.example'] };

const profile = (company: string): PageSignal => ({
  site: 'linkedin',
  view: 'profile',
  url: 'https://www.linkedin.com/in/someone-else',
  people: [{ role: 'subject', name: 'Someone Else' }],
  company,
});

export type SetScore = {
  tried: number;
  /** the intended customer on top (misspellings) */
  first: number;
  /** a match shown as the customer, not as a choice: for names that exist nowhere, every one is wrong */
  confident: number;
  /** shown as a choice between customers */
  ambiguous: number;
  /** no match, but the intended customer offered as "Did you mean …?" */
  suggested: number;
};

export type EngineScore = {
  engine: string;
  buildMs: number;
  times: number[];
  sets: Record<keyof ReturnType<typeof fuzzySets>, SetScore>;
};

type Answer = { top: number | null; confident: boolean; ambiguous: boolean; suggested: number[] };

async function score(
  engine: string,
  buildMs: number,
  sets: ReturnType<typeof fuzzySets>,
  ask: (query: string) => Promise<Answer> | Answer,
): Promise<EngineScore> {
  const times: number[] = [];
  const out = {} as EngineScore['sets'];
  for (const [set, cases] of Object.entries(sets) as [keyof EngineScore['sets'], FuzzyCase[]][]) {
    const s: SetScore = { tried: 0, first: 0, confident: 0, ambiguous: 0, suggested: 0 };
    for (const c of cases) {
      const t0 = performance.now();
      const a = await ask(c.query);
      times.push(performance.now() - t0);
      s.tried++;
      if (c.customerIndex !== null && a.top === c.customerIndex) s.first++;
      if (a.top !== null && a.confident) s.confident++;
      if (a.ambiguous) s.ambiguous++;
      if (c.customerIndex !== null && a.top === null && a.suggested.includes(c.customerIndex))
        s.suggested++;
    }
    out[set] = s;
  }
  return { engine, buildMs, times, sets: out };
}

async function journalEmptied(name: string, timeoutMs = 60_000): Promise<boolean> {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    const j = asJournal(await namesDb(name).names.get(JOURNAL_KEY));
    if (j && !j.stale && j.ids.length === 0) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

export type FuzzyReport = {
  engines: EngineScore[];
  cold: number[];
  firstLoadMs: number;
  snapshotStored: boolean;
  sizes: Record<string, number>;
  examples: Record<string, string[]>;
};

/** The fuzzy sets through Callprep (warm and cold), uFuzzy and MiniSearch. */
export async function fuzzyBench(
  name: string,
  customers: number,
  coldRuns: number,
): Promise<FuzzyReport> {
  const companies = generateCompanies(customers, 1);
  const names = companies.map((c) => c.name);
  const idOf = (i: number) => `${name}-c-${i}`;
  const indexOfId = new Map(names.map((_, i) => [idOf(i), i]));
  const keys = names.map((n) => normalizeCompanyName(n));
  const all = new NameIndex(
    'bench',
    names.map((_, i) => idOf(i)),
    keys,
  );
  const keySet = new Set(keys);
  const tooClose = (q: string) => {
    const k = normalizeCompanyName(q);
    return keySet.has(k) || all.search(k, 2).some((h) => !h.truncated);
  };
  const sets = fuzzySets(names, tooClose);

  let db = open(name);
  // The first fuzzy match after the bulk load reads the names from the journal
  // and stores them as the snapshot a cold start reads.
  const f0 = performance.now();
  await matchWithSuggestions(profile(sets.singleTypos[0]!.query), db, OWN);
  const firstLoadMs = performance.now() - f0;
  const snapshotStored = await journalEmptied(name);

  // Cold: no names in memory, no database connection (a service worker woken).
  const cold: number[] = [];
  for (let i = 0; i < coldRuns; i++) {
    forgetCustomerNames(db);
    db.close();
    closeNamesDb(name);
    db = new CallprepDB(name);
    const t0 = performance.now();
    await matchWithSuggestions(
      profile(sets.doubleTypos[i % sets.doubleTypos.length]!.query),
      db,
      OWN,
    );
    cold.push(performance.now() - t0);
  }

  const callprep = await score('Callprep', 0, sets, async (q) => {
    const { match, suggestions } = await matchWithSuggestions(profile(q), db, OWN);
    return {
      top: match ? (indexOfId.get(match.customerId) ?? -1) : null,
      confident: !!match && !match.ambiguous,
      ambiguous: !!match?.ambiguous,
      suggested: suggestions.map((s) => indexOfId.get(s.customerId) ?? -1),
    };
  });

  let t0 = performance.now();
  const uf = new uFuzzy({ intraMode: 1, intraIns: 1, intraSub: 1, intraTrn: 1, intraDel: 1 });
  const ufBuild = performance.now() - t0;
  const ufuzzy = await score('uFuzzy (intraMode 1)', ufBuild, sets, (q) => {
    const [idxs, info, order] = uf.search(names, q, 0, 1000);
    let top: number | null = null;
    if (idxs && idxs.length) top = info && order ? info.idx[order[0]!]! : idxs[0]!;
    return { top, confident: top !== null, ambiguous: false, suggested: [] };
  });

  t0 = performance.now();
  const ms = new MiniSearch<{ i: number; name: string }>({ fields: ['name'], idField: 'i' });
  ms.addAll(names.map((n, i) => ({ i, name: n })));
  const msBuild = performance.now() - t0;
  const minisearch = await score('MiniSearch (fuzzy 0.2, prefix, AND)', msBuild, sets, (q) => {
    const hit = ms.search(q, { fuzzy: 0.2, prefix: true, combineWith: 'AND' })[0];
    const top = hit ? Number(hit.id) : null;
    return { top, confident: top !== null, ambiguous: false, suggested: [] };
  });

  return {
    engines: [callprep, ufuzzy, minisearch],
    cold,
    firstLoadMs,
    snapshotStored,
    sizes: Object.fromEntries(Object.entries(sets).map(([k, v]) => [k, v.length])),
    examples: Object.fromEntries(
      Object.entries(sets).map(([k, v]) => [k, v.slice(0, 3).map((c) => c.query)]),
    ),
  };
}

export type WriteCost = { journaled: number[]; plain: number[] };

/**
 * What the names journal costs writes: `singles` repository creates, and one
 * `bulk`-row bulkPut in one transaction (what the CSV import does), each with
 * the journal and on the same schema without it.
 */
export async function writeCost(
  name: string,
  singles: number,
  bulk: number,
): Promise<{ single: WriteCost; bulk: WriteCost }> {
  const rows = generateCustomerRows(bulk, 0, { idPrefix: `${name}-bulk` }).customers;
  const single: WriteCost = { journaled: [], plain: [] };
  const bulkCost: WriteCost = { journaled: [], plain: [] };
  for (const journaled of [true, false, true, false]) {
    const dbName = `${name}-${journaled ? 'j' : 'p'}`;
    await new CallprepDB(dbName).delete();
    const db = new CallprepDB(dbName);
    if (!journaled) db.unuse({ stack: 'dbcore', name: customerNamesJournal.name! });
    await db.open();
    const into = journaled ? single.journaled : single.plain;
    for (let i = 0; i < singles; i++) {
      const t0 = performance.now();
      await customerRepo.create(db, { name: `Write Bench ${i}` });
      into.push(performance.now() - t0);
    }
    const t0 = performance.now();
    await db.transaction('rw', db.customers, () => db.customers.bulkPut(rows));
    (journaled ? bulkCost.journaled : bulkCost.plain).push(performance.now() - t0);
    db.close();
    await new CallprepDB(dbName).delete();
    closeNamesDb(dbName);
  }
  return { single, bulk: bulkCost };
}
