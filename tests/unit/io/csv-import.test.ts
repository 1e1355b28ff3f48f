import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { customers as customerRepo } from '@/lib/db/customers';
import { contacts as contactRepo } from '@/lib/db/contacts';
import type { CallprepDB } from '@/lib/db/schema';
import {
  applyImport,
  detectPreset,
  guessMapping,
  ImportError,
  planImport,
  presetMapping,
  type ImportMapping,
} from '@/lib/io/csv';
import { toSalesforceId18 } from '@/lib/recognize/salesforce-id';
import { dumpAll, freshDb } from '../db/helpers';
import { loadCsv } from './fixtures';
import { utc } from '../clock';

const NOW = utc(2026, 11, 23, 9, 0);

async function planFixture(db: CallprepDB, file: string, ownDomains: string[] = []) {
  const { headers, rows } = loadCsv(file);
  const preset = detectPreset(headers)!;
  return planImport(db, rows, presetMapping(preset, headers), {
    system: preset.system,
    headers,
    ownDomains,
    now: NOW,
  });
}

async function importFixture(db: CallprepDB, file: string) {
  const plan = await planFixture(db, file);
  await applyImport(db, plan);
  return plan;
}

describe('Salesforce accounts', () => {
  it('previews creates and rejected rows with row numbers and reasons', async () => {
    const db = freshDb();
    const plan = await planFixture(db, 'salesforce-accounts.csv');
    expect(plan.rowsFound).toBe(6);
    expect(plan.customers.create.map((c) => c.name)).toEqual([
      'Acme, Inc.',
      'Globex Corporation',
      'Zoë Müller Design GmbH',
      '株式会社サンプル',
    ]);
    expect(plan.customers.update).toEqual([]);
    // rows are numbered as a spreadsheet shows them; row 2 spans two lines
    expect(plan.rejected).toEqual([
      { row: 6, reason: 'the company name is empty' },
      { row: 7, reason: 'Account ID “not-an-id” is not a valid salesforce id' },
    ]);
    expect(await db.customers.count()).toBe(0); // a preview writes nothing
  });

  it('stores 18-character account ids, domains from the website, and normalized names', async () => {
    const db = freshDb();
    await importFixture(db, 'salesforce-accounts.csv');
    const acme = await db.customers
      .where('crmRefs')
      .equals('salesforce:Account:001D000000IqhSLIAZ')
      .first();
    expect(acme).toMatchObject({ name: 'Acme, Inc.', nameKey: 'acme', domains: ['acme.com'] });
    const muller = await db.customers.where('domains').equals('mueller-design.de').first();
    expect(muller?.name).toBe('Zoë Müller Design GmbH');
    expect(muller?.nameTokens).toEqual(['zoe', 'muller', 'design']);
    expect(muller?.industry).toBe('Design');
    const sample = (await db.customers.toArray()).find((c) => c.name === '株式会社サンプル');
    expect(sample?.domains).toEqual(['sample.co.jp']);
  });

  it('then contacts: joins each to its account by id, learns nothing twice', async () => {
    const db = freshDb();
    await importFixture(db, 'salesforce-accounts.csv');
    const plan = await planFixture(db, 'salesforce-contacts.csv');
    expect(plan.contacts.create).toHaveLength(4);
    // Initech's account row was rejected, so its contact creates the company by name
    expect(plan.customers.create.map((c) => c.name)).toEqual(['Initech']);
    expect(plan.customers.create[0]!.domains).toEqual([]); // never a free-mail domain
    expect(plan.rejected).toEqual([
      { row: 6, reason: 'the row has no name and no valid email address' },
    ]);
    expect(plan.warnings).toContainEqual({
      row: 6,
      message: '“not-an-email” is not an email address; left out',
    });
    await applyImport(db, plan);

    const zoe = await db.contacts.where('emails').equals('zoe.mueller@mueller-design.de').first();
    const muller = await db.customers.where('domains').equals('mueller-design.de').first();
    expect(zoe).toMatchObject({
      name: 'Zoë Müller',
      title: 'Geschäftsführerin',
      customerId: muller!.id,
      crmRefs: [`salesforce:Contact:${toSalesforceId18('0035g00000ZmUeL')}`],
    });
    const hank = await db.contacts.where('emails').equals('hank@globex.com').first();
    expect(hank?.title).toBe('CEO, "Globex"');
  });
});

describe('re-importing', () => {
  it('the same file again changes nothing and says so', async () => {
    const db = freshDb();
    await importFixture(db, 'salesforce-accounts.csv');
    await importFixture(db, 'salesforce-contacts.csv');
    const before = await dumpAll(db);
    const again = await planFixture(db, 'salesforce-contacts.csv');
    expect(again.contacts.create).toEqual([]);
    expect(again.contacts.update).toEqual([]);
    expect(again.customers.create).toEqual([]);
    expect(again.unchanged).toBe(4);
    await applyImport(db, again);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('updates by CRM id: a renamed account keeps its id and its goals', async () => {
    const db = freshDb();
    await importFixture(db, 'salesforce-accounts.csv');
    const acme = (await db.customers.where('nameKey').equals('acme').first())!;
    const headers = ['Account ID', 'Account Name', 'Website'];
    const plan = await planImport(
      db,
      [['001D000000IqhSL', 'Acme Worldwide', 'acme.io']],
      presetMapping(detectPreset([...headers, 'Billing City'])!, headers),
      { system: 'salesforce', now: NOW + 1000 },
    );
    expect(plan.customers.create).toEqual([]);
    expect(plan.customers.update).toHaveLength(1);
    await applyImport(db, plan);
    const after = await db.customers.get(acme.id);
    expect(after).toMatchObject({
      name: 'Acme Worldwide',
      nameKey: 'acme worldwide',
      domains: ['acme.com', 'acme.io'],
      createdAt: acme.createdAt,
      updatedAt: NOW + 1000,
    });
  });

  it('matches an existing customer by domain, then by normalized name', async () => {
    const db = freshDb();
    const byDomain = await customerRepo.create(db, { name: 'ACME', domains: ['acme.com'] });
    const byName = await customerRepo.create(db, { name: 'The Umbrella Corporation' });
    const plan = await planFixture(db, 'hubspot-companies.csv');
    expect(plan.customers.update.map((c) => c.id).sort()).toEqual([byDomain.id, byName.id].sort());
    expect(plan.customers.create.map((c) => c.name)).toEqual(['株式会社サンプル', 'Hooli']);
    const umbrella = plan.customers.update.find((c) => c.id === byName.id)!;
    // matched by name, not by id: the seller's name stays, the CRM link is learned
    expect(umbrella.name).toBe('The Umbrella Corporation');
    expect(umbrella.crmRefs).toEqual(['hubspot:company:5012345679']);
    expect(umbrella.domains).toEqual(['umbrella-corp.com']);
  });

  it('matches an existing contact by email and adds its CRM id', async () => {
    const db = freshDb();
    await importFixture(db, 'hubspot-companies.csv');
    const hooli = (await db.customers.where('nameKey').equals('hooli').first())!;
    const gavin = await contactRepo.create(db, {
      customerId: hooli.id,
      name: 'Gavin B.',
      emails: ['gavin@hooli.xyz'],
    });
    const plan = await planFixture(db, 'hubspot-contacts.csv');
    expect(plan.contacts.update).toEqual([
      expect.objectContaining({
        id: gavin.id,
        name: 'Gavin B.',
        title: 'CEO',
        crmRefs: ['hubspot:contact:701'],
      }),
    ]);
  });
});

describe('HubSpot contacts', () => {
  it('creates companies named by contacts, rejects duplicates and company-less rows', async () => {
    const db = freshDb();
    await importFixture(db, 'hubspot-companies.csv');
    const plan = await planFixture(db, 'hubspot-contacts.csv');
    expect(plan.customers.create.map((c) => [c.name, c.domains])).toEqual([
      ['Pied Piper', ['piedpiper.com']],
    ]);
    expect(plan.contacts.create.map((c) => c.name)).toEqual([
      'Gavin Belson',
      'Zoë Müller',
      'Richard Hendricks',
    ]);
    expect(plan.contacts.create[1]!.title).toBe('VP Research and Development');
    expect(plan.rejected).toEqual([
      {
        row: 5,
        reason:
          'no company: the row names none (import the companies first, or map a company column)',
      },
      { row: 6, reason: 'duplicate: the same Record ID 701 as row 2' },
    ]);
  });
});

describe('Pipedrive', () => {
  it('imports a `;`-separated organizations export, then people with several email columns', async () => {
    const db = freshDb();
    const orgs = await importFixture(db, 'pipedrive-organizations.csv');
    expect(orgs.customers.create.map((c) => c.name)).toEqual([
      'Müller & Söhne GmbH',
      'Café "Zur Post" KG',
      'Łódź Logistics Sp. z o.o.',
    ]);
    expect(orgs.customers.create[0]!.crmRefs).toEqual(['pipedrive:organization:12']);
    const people = await planFixture(db, 'pipedrive-people.csv');
    expect(people.contacts.create[0]).toMatchObject({
      name: 'Anna Schmidt',
      emails: ['anna.schmidt@mueller-soehne.de', 'anna@gmx.de'],
      crmRefs: ['pipedrive:person:101'],
      customerId: orgs.customers.create[0]!.id,
    });
    expect(people.rejected).toEqual([
      {
        row: 4,
        reason: 'no company: the row names none, and no customer has the domain nowhere-known.io',
      },
    ]);
  });

  it('rejects the second row with an id already seen in the file', async () => {
    const db = freshDb();
    const plan = await planFixture(db, 'duplicate-ids.csv');
    expect(plan.customers.create.map((c) => c.name)).toEqual(['Vandelay Industries', 'Kramerica']);
    expect(plan.rejected).toEqual([
      { row: 4, reason: 'duplicate: the same Organization - ID 7 as row 2' },
    ]);
  });
});

describe('any CSV through the mapping screen', () => {
  it('guesses a first mapping and imports with it', async () => {
    const db = freshDb();
    const { headers, rows } = loadCsv('generic-list.csv');
    const mapping = guessMapping(headers);
    expect(mapping).toEqual({ kind: 'contacts', columns: ['name', 'email', 'company', 'ignore'] });
    const plan = await planImport(db, rows, mapping, { now: NOW });
    expect(plan.customers.create.map((c) => c.name)).toEqual(['Analytical Engines Ltd', 'US Navy']);
    expect(plan.contacts.create).toHaveLength(3);
    expect(plan.contacts.create[1]!.customerId).toBe(plan.customers.create[0]!.id);
  });

  it('never gives a customer the seller’s own domain', async () => {
    const db = freshDb();
    const { headers, rows } = loadCsv('generic-list.csv');
    const plan = await planImport(db, rows, guessMapping(headers), {
      ownDomains: ['analytical.engines'],
      now: NOW,
    });
    expect(plan.customers.create[0]!.domains).toEqual([]);
  });

  it('refuses a mapping without a name column, or ids without a CRM', async () => {
    const db = freshDb();
    const none: ImportMapping = { kind: 'customers', columns: ['ignore', 'email'] };
    await expect(planImport(db, [['a', 'b']], none)).rejects.toThrow(/company name/);
    const ids: ImportMapping = { kind: 'customers', columns: ['name', 'crmId'] };
    await expect(planImport(db, [['a', 'b']], ids)).rejects.toThrow(/which CRM/);
    await expect(planImport(db, [['a', 'b']], ids, { system: 'Close CRM' })).rejects.toThrow(
      ImportError,
    );
  });
});

describe('applyImport', () => {
  it('reports progress and writes everything in one go', async () => {
    const db = freshDb();
    const rows = Array.from({ length: 4500 }, (_, i) => [
      String(i + 1),
      `Company ${i + 1}`,
      `c${i + 1}.com`,
    ]);
    const plan = await planImport(
      db,
      rows,
      { kind: 'customers', columns: ['crmId', 'name', 'domain'] },
      { system: 'pipedrive', now: NOW },
    );
    const progress = vi.fn();
    const summary = await applyImport(db, plan, { onProgress: progress });
    expect(summary).toEqual({
      customersCreated: 4500,
      customersUpdated: 0,
      contactsCreated: 0,
      contactsUpdated: 0,
    });
    expect(progress.mock.calls.map(([p]) => p.done)).toEqual([0, 2000, 4000, 4500]);
    expect(await db.customers.count()).toBe(4500);
  });

  it('refuses a plan whose rows changed since the preview, and writes nothing', async () => {
    const db = freshDb();
    const acme = await customerRepo.create(db, { name: 'Acme', domains: ['acme.com'] }, () => NOW);
    const plan = await planFixture(db, 'hubspot-companies.csv');
    // an edit in the same millisecond as the preview must still count as a change
    await customerRepo.update(db, acme.id, { about: 'edited meanwhile' }, () => NOW);
    const before = await dumpAll(db);
    await expect(applyImport(db, plan)).rejects.toThrow(/changed since the preview/);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses the same plan a second time, so an edit made after the first import survives', async () => {
    const db = freshDb();
    const plan = await planFixture(db, 'hubspot-companies.csv');
    await applyImport(db, plan);
    const imported = plan.customers.create[plan.customers.create.length - 1]!;
    await customerRepo.update(db, imported.id, { about: 'met at the fair' });
    const before = await dumpAll(db);
    await expect(applyImport(db, plan)).rejects.toThrow(/changed since the preview/);
    expect(await dumpAll(db)).toEqual(before);
    expect((await db.customers.get(imported.id))?.about).toBe('met at the fair');
  });

  it('refuses a plan where every row was rejected', async () => {
    const db = freshDb();
    const plan = await planImport(db, [[''], ['']], { kind: 'customers', columns: ['name'] });
    await expect(applyImport(db, plan)).rejects.toThrow(/None of the 2 rows/);
  });

  it('leaves the database unchanged when a later chunk fails while another is being written', async () => {
    const db = freshDb();
    await customerRepo.create(db, { name: 'Existing' });
    const before = await dumpAll(db);
    const rows = Array.from({ length: 9000 }, (_, i) => [String(i + 1), `Company ${i + 1}`]);
    const plan = await planImport(
      db,
      rows,
      { kind: 'customers', columns: ['crmId', 'name'] },
      { system: 'pipedrive', now: NOW },
    );
    const put = db.customers.bulkPut.bind(db.customers);
    const quota = Object.assign(new Error('no room'), { name: 'QuotaExceededError' });
    let calls = 0;
    vi.spyOn(db.customers, 'bulkPut').mockImplementation(((chunk: never) =>
      ++calls === 3 ? Dexie.Promise.reject(quota) : put(chunk)) as never);
    const progress = vi.fn();
    await expect(applyImport(db, plan, { onProgress: progress })).rejects.toThrow('no room');
    expect(await dumpAll(db)).toEqual(before);
    expect(progress.mock.calls.at(-1)![0].done).toBeLessThan(9000);
  });

  it('leaves the database unchanged when a write fails midway', async () => {
    const db = freshDb();
    await customerRepo.create(db, { name: 'Existing' });
    const before = await dumpAll(db);
    const plan = await planFixture(db, 'hubspot-companies.csv');
    const quota = Object.assign(new Error('no room'), { name: 'QuotaExceededError' });
    vi.spyOn(db.customers, 'bulkPut').mockRejectedValueOnce(quota);
    await expect(applyImport(db, plan)).rejects.toThrow('no room');
    expect(await dumpAll(db)).toEqual(before);
  });
});
