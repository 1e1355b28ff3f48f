import { expect, it } from 'vitest';
import { V1_DATA } from '../fixtures/v1-data';
import { expectNoRowLost, openAtVersion, writeDatabaseAtVersion } from '../migration-harness';

it('opens a version 1 database at version 2: every row kept, the updatedAt index gone', async () => {
  const name = `step-2-${crypto.randomUUID()}`;
  await writeDatabaseAtVersion(name, 1, V1_DATA);
  const db = await openAtVersion(name, 2);
  expect(db.verno).toBe(2);
  await expectNoRowLost(db, V1_DATA);
  const store = db.backendDB().transaction('customers').objectStore('customers');
  expect([...store.indexNames]).not.toContain('updatedAt');
  // Only the index went: the field is still on every row, and other indexes answer.
  expect(await db.customers.get('c1')).toEqual(V1_DATA.customers![0]);
  expect(await db.customers.where('domains').equals('northwind-logistics.com').count()).toBe(1);
  db.close();
});
