import { expect, it } from 'vitest';
import { meetingSchema } from '@/lib/db/models';
import { V2_DATA } from '../fixtures/v2-data';
import { expectNoRowLost, openAtVersion, writeDatabaseAtVersion } from '../migration-harness';

it('opens a version 2 database at version 3: every row kept as it was, meetings findable by calendar occurrence', async () => {
  const name = `step-3-${crypto.randomUUID()}`;
  await writeDatabaseAtVersion(name, 2, V2_DATA);
  const db = await openAtVersion(name, 3);
  expect(db.verno).toBe(3);
  await expectNoRowLost(db, V2_DATA);
  for (const row of V2_DATA.meetings!) {
    const { id } = row as { id: string };
    expect(await db.meetings.get(id)).toEqual(row);
  }
  // The indexes the app already queried still answer.
  expect(await db.meetings.where('customerId').equals('c2').count()).toBe(1);
  const prepared = 'gcal:5k3q2v1m9d8n7b6c5x4z3a2s1d_20261201T140000Z';
  expect(await db.meetings.where('externalId').equals(prepared).count()).toBe(1);

  const store = db.backendDB().transaction('meetings').objectStore('meetings');
  expect(store.index('calendarKey').unique).toBe(true);
  expect([...store.indexNames]).toContain('calendarSource');
  // Old meetings have no calendar key and are in no calendar source.
  expect(await db.meetings.where('calendarKey').above('').count()).toBe(0);

  // One meeting per occurrence, kept by the database itself.
  const calendarKey = 'uid-1#2026-12-07T09:00:00Z';
  const occurrence = (id: string) =>
    meetingSchema.parse({ ...(V2_DATA.meetings![1] as object), id, externalId: null, calendarKey });
  await db.meetings.add(occurrence('m3'));
  await expect(db.meetings.add(occurrence('m4'))).rejects.toThrow(/constraint/i);
  expect(await db.meetings.where('calendarKey').equals(calendarKey).primaryKeys()).toEqual(['m3']);
  db.close();
});
