import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '@/lib/db/schema';
import { TABLE_SCHEMAS } from '@/lib/db/models';
import { getSettings } from '@/lib/db/settings';
import { expectNoRowLost, openCurrent, writeDatabaseAtVersion } from './migration-harness';
import { SAVED_DATABASES } from './saved-databases';
import { V1_DATA } from './fixtures/v1-data';

describe('schema versions', () => {
  it('declares versions in increasing order and a table for every model', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    const tables = new Set(SCHEMA_VERSIONS.flatMap((v) => Object.keys(v.stores)));
    for (const table of Object.keys(TABLE_SCHEMAS)) expect(tables, table).toContain(table);
  });
});

describe('upgrading from every past version', () => {
  // One fixture per released version: add v2-data.ts alongside the next schema step.
  const pastVersions = [{ version: 1, data: V1_DATA }];

  it.each(pastVersions)(
    'opens a version $version database and loses no row',
    async ({ version, data }) => {
      const name = `migrate-${version}-${crypto.randomUUID()}`;
      await writeDatabaseAtVersion(name, version, data);
      const db = await openCurrent(name);
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(data)) {
        expect(await db.table(table).count(), table).toBe(rows.length);
      }
      // Rows still satisfy today's models, so every screen can read them.
      for (const [table, schema] of Object.entries(TABLE_SCHEMAS)) {
        for (const row of await db.table(table).toArray()) {
          const parsed = schema.safeParse(row);
          expect(parsed.success, `${table} ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
        }
      }
      // And the indexes the features query still answer.
      expect(await db.customers.where('domains').equals('northwind-logistics.com').count()).toBe(1);
      expect(await db.contacts.where('emails').equals('maya@northwind-logistics.com').count()).toBe(
        1,
      );
      // Version 2 dropped the customers.updatedAt index: nothing queried it.
      const store = db.backendDB().transaction('customers').objectStore('customers');
      expect([...store.indexNames]).not.toContain('updatedAt');
      expect(await db.customers.get('c1')).toMatchObject({ updatedAt: 1_790_000_000_000 });
      // Settings written before a field existed read with its default, keeping the rest.
      expect(await getSettings(db)).toMatchObject({
        ownDomains: ['seller.example'],
        ownEmails: [],
      });
      db.close();
    },
  );
});

describe('every saved database of a past version', () => {
  it.each(SAVED_DATABASES)(
    'opens $file with today’s code: no row lost, every row valid',
    async ({ version, data }) => {
      const name = `saved-${version}-${crypto.randomUUID()}`;
      await writeDatabaseAtVersion(name, version, data);
      const db = await openCurrent(name);
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      await expectNoRowLost(db, data);
      for (const [table, schema] of Object.entries(TABLE_SCHEMAS)) {
        for (const row of await db.table(table).toArray()) {
          const parsed = schema.safeParse(row);
          expect(parsed.success, `${table} ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
        }
      }
      db.close();
    },
  );
});
