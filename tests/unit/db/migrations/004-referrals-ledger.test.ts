import { expect, it } from 'vitest';
import { meetingSchema, referralSchema } from '@/lib/db/models';
import { V3_DATA } from '../fixtures/v3-data';
import { backupToJson, exportBackup, parseBackup, restoreBackup } from '@/lib/io/backup';
import { dumpAll } from '../helpers';
import {
  expectNoRowLost,
  openAtVersion,
  openCurrent,
  writeDatabaseAtVersion,
} from '../migration-harness';

it('opens a version 3 database at version 4: every row kept as it was, an empty referrals ledger by customer', async () => {
  const name = `step-4-${crypto.randomUUID()}`;
  await writeDatabaseAtVersion(name, 3, V3_DATA);
  const db = await openAtVersion(name, 4);
  expect(db.verno).toBe(4);
  await expectNoRowLost(db, V3_DATA);
  for (const table of ['meetings', 'contacts', 'goals', 'customers'] as const) {
    for (const row of V3_DATA[table]!) {
      expect(await db.table(table).get((row as { id: string }).id), table).toEqual(row);
    }
  }
  // The calendar's unique occurrence index is still there.
  const meetings = db.backendDB().transaction('meetings').objectStore('meetings');
  expect(meetings.index('calendarKey').unique).toBe(true);

  expect(await db.referrals.count()).toBe(0);
  const at = 1_796_000_000_000;
  await db.referrals.add(
    referralSchema.parse({
      id: 'r1',
      customerId: 'c1',
      kind: 'received',
      personName: 'Ana Ruiz',
      at,
      createdAt: at,
      updatedAt: at,
    }),
  );
  expect(await db.referrals.where('customerId').equals('c1').primaryKeys()).toEqual(['r1']);
  expect(await db.referrals.where('at').aboveOrEqual(at).count()).toBe(1);

  // Old meetings read with the new fields absent: readiness not recorded, on time.
  const old = meetingSchema.parse(await db.meetings.get('m1'));
  expect(old.readinessAtStart).toBeUndefined();
  expect(old.onTime).toBeUndefined();
  db.close();
});

it('restores a backup made by version 3 (no referrals table in it) after the upgrade', async () => {
  const name = `step-4-backup-${crypto.randomUUID()}`;
  await writeDatabaseAtVersion(name, 3, V3_DATA);
  const db = await openCurrent(name);
  const original = await dumpAll(db);
  const json = JSON.parse(backupToJson(await exportBackup(db, 1_797_000_000_000)));
  // As version 3 wrote it: its schema version, and no table it did not have.
  json.schemaVersion = 3;
  delete json.data.referrals;
  delete json.counts.referrals;
  const file = parseBackup(JSON.stringify(json));
  await Promise.all(db.tables.map((t) => t.clear()));
  await restoreBackup(db, file, 'replace');
  // Every row back as it was; settings come back with today's defaults filled in.
  const { settings, ...restored } = await dumpAll(db);
  const { settings: savedSettings, ...saved } = original;
  expect(restored).toEqual(saved);
  expect(settings).toEqual([expect.objectContaining(V3_DATA.settings![0] as object)]);
  expect(savedSettings).toHaveLength(1);
  expect(original.meetings).toHaveLength(V3_DATA.meetings!.length);
  db.close();
});
