import { describe, expect, it } from 'vitest';
import { customers, deleteCustomer } from '@/lib/db/customers';
import { CallprepDB } from '@/lib/db/schema';
import { matchCustomer, matchWithSuggestions } from '@/lib/match/match-customer';
import { forgetCustomerNames } from '@/lib/match/names/load';
import { asJournal, closeNamesDb, JOURNAL_KEY, namesDb } from '@/lib/match/names/records';
import { journalSettled } from '@/lib/match/names/track';
import { addCustomer, bulkCustomers, signal, testDb } from './helpers';

const none = { ownDomains: [] };
const page = (company: string) => signal({ site: 'linkedin', view: 'profile', company });

describe('fuzzy names: a misspelled name', () => {
  it('finds a customer by a dropped letter, even when another word is one letter longer', async () => {
    const db = testDb();
    const northwind = await addCustomer(db, { name: 'Northwind Traders' });
    await addCustomer(db, { name: 'Northwind Trader' });
    const m = await matchCustomer(page('Northwnd Traders'), db, none);
    expect(m).toMatchObject({ customerId: northwind.id, via: 'fuzzy', ambiguous: false });
    expect(m!.candidates.map((c) => c.name)).toEqual(['Northwind Trader']);
  });

  it('two customers one edit away: a choice, both listed, neither a guess', async () => {
    const db = testDb();
    await addCustomer(db, { name: 'Contoso East' });
    await addCustomer(db, { name: 'Contoso Eats' });
    const m = await matchCustomer(page('Contoso Easts'), db, none);
    expect(m!.ambiguous).toBe(true);
    expect([m!.name, ...m!.candidates.map((c) => c.name)].sort()).toEqual([
      'Contoso East',
      'Contoso Eats',
    ]);
  });

  it('short names allow one edit; three letters allow none, only a suggestion', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme' });
    const ibm = await addCustomer(db, { name: 'IBM' });
    expect(await matchCustomer(page('Acmee'), db, none)).toMatchObject({ customerId: acme.id });
    expect(await matchCustomer(page('Acmmee'), db, none)).toBeNull();
    const weak = await matchWithSuggestions(page('IBN'), db, none);
    expect(weak.match).toBeNull();
    expect(weak.suggestions.map((s) => s.customerId)).toEqual([ibm.id]);
  });

  it('one-word names: a typo matches, a different word does not', async () => {
    const db = testDb();
    const zebulon = await addCustomer(db, { name: 'Zebulon' });
    expect(await matchCustomer(page('Zebulom'), db, none)).toMatchObject({
      customerId: zebulon.id,
    });
    expect(await matchCustomer(page('Zeppelin'), db, none)).toBeNull();
  });

  it('non-Latin names: Cyrillic and accented typos match; a different Chinese company does not', async () => {
    const db = testDb();
    const gazprom = await addCustomer(db, { name: 'Газпром нефть' });
    const societe = await addCustomer(db, { name: 'Société Générale' });
    await addCustomer(db, { name: '三菱商事' });
    expect(await matchCustomer(page('Газпорм нефть'), db, none)).toMatchObject({
      customerId: gazprom.id,
      via: 'fuzzy',
    });
    expect(await matchCustomer(page('Societe Generalle'), db, none)).toMatchObject({
      customerId: societe.id,
      via: 'fuzzy',
    });
    // 三井 (Mitsui) is another company than 三菱 (Mitsubishi), one character apart.
    const mitsui = await matchWithSuggestions(page('三井商事'), db, none);
    expect(mitsui.match).toBeNull();
    expect(mitsui.suggestions.map((s) => s.name)).toEqual(['三菱商事']);
  });
});

describe('fuzzy names: a weak guess is not a match', () => {
  it('look-alike names that exist nowhere get no confident match, at most "did you mean"', async () => {
    const db = testDb();
    await bulkCustomers(db, 300, (i) => ({ id: `c${i}`, name: `Verotek ${i} Logistics` }));
    await addCustomer(db, { name: 'Kalinex Logistics' });
    await addCustomer(db, { name: 'Verotek Systems' });
    for (const name of [
      'Kalinex Robotics',
      'Kalidia Logistics',
      'Verotek Solutions',
      'Nordic Kalinex',
    ]) {
      const { match } = await matchWithSuggestions(page(name), db, none);
      expect(match === null || match.ambiguous, `${name} → ${match?.name}`).toBe(true);
    }
    const close = await matchWithSuggestions(page('Kalinexx Logistikz'), db, none);
    expect(close.match).toBeNull();
    expect(close.suggestions.map((s) => s.name)).toContain('Kalinex Logistics');
    expect(close.suggestions[0]!.reason).toBe('name close to “Kalinexx Logistikz”');
  });

  it('a name cut short that starts one customer’s name is only a suggestion', async () => {
    const db = testDb();
    const east = await addCustomer(db, { name: 'Initech Software East' });
    const out = await matchWithSuggestions(page('Initech Softwar'), db, none);
    expect(out.match).toBeNull();
    expect(out.suggestions.map((s) => s.customerId)).toEqual([east.id]);
  });

  it('no suggestions beside a match', async () => {
    const db = testDb();
    await addCustomer(db, { name: 'Globex Corporation' });
    const out = await matchWithSuggestions(page('Globexx'), db, none);
    expect(out.match).not.toBeNull();
    expect(out.suggestions).toEqual([]);
  });
});

describe('fuzzy names: current under writes', () => {
  it('finds a customer added a moment ago, after the names were loaded', async () => {
    const db = testDb();
    await addCustomer(db, { name: 'Globex' });
    expect(await matchCustomer(page('Initeck Software'), db, none)).toBeNull();
    const initech = await addCustomer(db, { name: 'Initech Software' });
    expect(await matchCustomer(page('Initeck Software'), db, none)).toMatchObject({
      customerId: initech.id,
    });
  });

  it('follows a rename and a delete', async () => {
    const db = testDb();
    const c = await addCustomer(db, { name: 'Hooli Search' });
    expect(await matchCustomer(page('Hooli Serch'), db, none)).toMatchObject({ customerId: c.id });
    await customers.update(db, c.id, { name: 'Pied Piper' });
    expect(await matchCustomer(page('Hooli Serch'), db, none)).toBeNull();
    expect(await matchCustomer(page('Pied Pipper'), db, none)).toMatchObject({ customerId: c.id });
    await deleteCustomer(db, c.id);
    expect(await matchCustomer(page('Pied Pipper'), db, none)).toBeNull();
  });

  it('sees a customer another page wrote (another connection) once its journal lands', async () => {
    const name = 'test-' + crypto.randomUUID();
    const worker = testDb(name);
    await addCustomer(worker, { name: 'Globex' });
    expect(await matchCustomer(page('Umbrela Corporation'), worker, none)).toBeNull();
    const panel = new CallprepDB(name);
    const umbrella = await addCustomer(panel, { name: 'Umbrella Corporation' });
    await journalSettled(name);
    panel.close();
    expect(await matchCustomer(page('Umbrela Corp'), worker, none)).toMatchObject({
      customerId: umbrella.id,
    });
  });

  it('a cold start reads the stored names, and a bulk import is in them', async () => {
    const name = 'test-' + crypto.randomUUID();
    const db = testDb(name);
    await db.transaction('rw', db.customers, () =>
      bulkCustomers(db, 2000, (i) => ({ id: `b${i}`, name: `Bulk ${i} Dynamics` })),
    );
    expect(await matchCustomer(page('Bulk 1234 Dynamcs'), db, none)).toMatchObject({
      customerId: 'b1234',
    });
    // What a worker woken cold has: no names in memory, no connection.
    forgetCustomerNames(db);
    closeNamesDb(name);
    expect(await matchCustomer(page('Bulk 1999 Dynamcs'), db, none)).toMatchObject({
      customerId: 'b1999',
    });
  });

  it('a cleared table (a backup restored over it) has the names read again', async () => {
    const name = 'test-' + crypto.randomUUID();
    const db = testDb(name);
    await addCustomer(db, { name: 'Vandelay Industries' });
    expect(await matchCustomer(page('Vandelay Industires'), db, none)).not.toBeNull();
    await db.customers.clear();
    await journalSettled(name);
    expect(asJournal(await namesDb(name).names.get(JOURNAL_KEY))?.stale).toBe(true);
    const kramerica = await addCustomer(db, { name: 'Kramerica Industries' });
    expect(await matchCustomer(page('Vandelay Industires'), db, none)).toBeNull();
    expect(await matchCustomer(page('Kramerica Industires'), db, none)).toMatchObject({
      customerId: kramerica.id,
    });
  });

  it('a write that aborts leaves the names as they were', async () => {
    const db = testDb();
    await addCustomer(db, { name: 'Globex' });
    await expect(
      db.transaction('rw', db.customers, async () => {
        await customers.create(db, { name: 'Initech Software' });
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await matchCustomer(page('Initeck Software'), db, none)).toBeNull();
  });
});
