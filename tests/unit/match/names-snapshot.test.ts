import { describe, expect, it } from 'vitest';
import { matchCustomer } from '@/lib/match/match-customer';
import { forgetCustomerNames } from '@/lib/match/names/load';
import { editDistance, prefixDistance } from '@/lib/match/names/distance';
import { NameIndex } from '@/lib/match/names/name-index';
import {
  asSnapshot,
  closeNamesDb,
  headOf,
  JOURNAL_KEY,
  namesDb,
  newBase,
  SNAPSHOT_KEY,
  type NamesJournal,
} from '@/lib/match/names/records';
import { addCustomer, bulkCustomers, signal, testDb } from './helpers';

const none = { ownDomains: [] };
const page = (company: string) => signal({ site: 'linkedin', view: 'profile', company });

describe('fuzzy names: the stored snapshot', () => {
  it('a first-format snapshot (arrays, no index) still loads cold', async () => {
    const name = 'test-' + crypto.randomUUID();
    const db = testDb(name);
    const c = await addCustomer(db, { name: 'Vandelay Industries' });
    await matchCustomer(page('Globex'), db, none);
    const base = newBase();
    const journal: NamesJournal = {
      key: JOURNAL_KEY,
      base,
      gen: 99,
      ids: [],
      keys: [],
      stale: false,
    };
    await namesDb(name).names.bulkPut([
      { key: SNAPSHOT_KEY, base, ids: [c.id], keys: ['vandelay industries'] },
      journal,
      headOf(journal),
    ]);
    forgetCustomerNames(db);
    closeNamesDb(name);
    expect(asSnapshot(await namesDb(name).names.get(SNAPSHOT_KEY))?.index).toBeNull();
    expect(await matchCustomer(page('Vandelay Industires'), db, none)).toMatchObject({
      customerId: c.id,
    });
  });

  it('a stored snapshot carries the built index, and a cold start uses it', async () => {
    const name = 'test-' + crypto.randomUUID();
    const db = testDb(name);
    await db.transaction('rw', db.customers, () =>
      bulkCustomers(db, 600, (i) => ({ id: `s${i}`, name: `Stored ${i} Logistics` })),
    );
    await matchCustomer(page('Stored 12 Logistcs'), db, none);
    await new Promise((r) => setTimeout(r, 300)); // the snapshot is written after the match
    const stored = asSnapshot(await namesDb(name).names.get(SNAPSHOT_KEY));
    expect(stored?.ids).toHaveLength(600);
    expect(stored?.index?.postings.positions.length).toBeGreaterThan(600);
    forgetCustomerNames(db);
    closeNamesDb(name);
    expect(await matchCustomer(page('Stored 599 Logistcs'), db, none)).toMatchObject({
      customerId: 's599',
    });
  });
});

describe('fuzzy names: trigram candidates', () => {
  it('find exactly what comparing every name finds', () => {
    const keys = Array.from(
      { length: 3000 },
      (_, i) => `acme ${(i * 7919) % 1000} widgets ${i % 17}`,
    );
    keys.push('northwind traders', 'northwind trader', 'initech software east');
    const index = new NameIndex(
      'a',
      keys.map((_, i) => `c${i}`),
      keys,
    );
    // Every name compared, no filter at all.
    const everyName = (q: string, k: number) =>
      keys.flatMap((key, i) => {
        const whole = editDistance(q, key, k);
        if (whole > 0 && whole <= k) return [`c${i}`];
        const cut =
          q.length >= 5 &&
          key.length > q.length + k &&
          key[0] === q[0] &&
          prefixDistance(q, key, k);
        return cut !== false && cut <= k ? [`c${i}`] : [];
      });
    for (const [q, k] of [
      ['acme 12 widgetz 3', 2],
      ['northwnd traders', 2],
      ['initech softwar', 1],
      ['acme 5 wigdets 5', 3],
    ] as const) {
      const found = index.search(q, k).map((h) => h.customerId);
      expect(found.length, q).toBeGreaterThan(0);
      expect(found.sort(), q).toEqual(everyName(q, k).sort());
    }
  });
});
