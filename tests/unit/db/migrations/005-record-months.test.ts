import { expect, it } from 'vitest';
import { V4_DATA } from '../fixtures/v4-data';
import { backupToJson, exportBackup, parseBackup, restoreBackup } from '@/lib/io/backup';
import { loadMyRecord, monthlyRecordFromRows } from '@/lib/record/load-monthly';
import { isTallyMeta, pullsOf, talliesOf } from '@/lib/record/tally';
import { dumpAll } from '../helpers';
import {
  expectNoRowLost,
  openAtVersion,
  openCurrent,
  writeDatabaseAtVersion,
} from '../migration-harness';

// Inside the fixture's months: the meeting of 2026-11-17, promises due in November, the referral.
const NOW = 1_796_000_000_000;

async function storedTallies(db: Awaited<ReturnType<typeof openCurrent>>) {
  return (await db.recordMonths.toArray()).filter((r) => !isTallyMeta(r));
}

it('opens a version 4 database at version 5: every row kept, My record tallied from them', async () => {
  const name = `step-5-${crypto.randomUUID()}`;
  await writeDatabaseAtVersion(name, 4, V4_DATA);
  const db = await openAtVersion(name, 5);
  expect(db.verno).toBe(5);
  await expectNoRowLost(db, V4_DATA);
  for (const table of ['meetings', 'commitments', 'goals', 'referrals', 'customers'] as const) {
    for (const row of V4_DATA[table]!) {
      expect(await db.table(table).get((row as { id: string }).id), table).toEqual(row);
    }
  }
  // The tallies count exactly what the rows hold, and say they can be trusted.
  const meta = await db.recordMonths.get('meta');
  expect(meta).toMatchObject({ stale: false, schemaVersion: 5 });
  const expected = talliesOf({
    meetings: V4_DATA.meetings!,
    commitments: V4_DATA.commitments!,
    goals: V4_DATA.goals!,
    referrals: V4_DATA.referrals!,
  });
  expect((await storedTallies(db)).sort((a, b) => a.key.localeCompare(b.key))).toEqual(
    expected.sort((a, b) => a.key.localeCompare(b.key)),
  );
  expect(
    pullsOf(
      expected.find((t) => t.key.endsWith('|meetings'))!,
      'onTime',
    ),
  ).toEqual({ c1: 1 });
  const { names: _names, ...fromTallies } = await loadMyRecord(db, NOW);
  expect(fromTallies).toEqual(await monthlyRecordFromRows(db, NOW));

  // The new indexes answer: open promises by due date, goals by when they changed.
  expect(
    await db.commitments.where('[status+dueAt]').between(['open', 0], ['open', NOW]).primaryKeys(),
  ).toEqual(['k1']);
  expect(await db.goals.where('updatedAt').below(1_794_500_000_000).primaryKeys()).toEqual(['g2']);
  db.close();
});

it('restores a backup made by version 4 after the upgrade, tallies and all', async () => {
  const name = `step-5-backup-${crypto.randomUUID()}`;
  await writeDatabaseAtVersion(name, 4, V4_DATA);
  const db = await openCurrent(name);
  const original = await dumpAll(db);
  const tallied = await storedTallies(db);
  const json = JSON.parse(backupToJson(await exportBackup(db, 1_797_000_000_000)));
  json.schemaVersion = 4;
  // No derived table in a backup.
  expect(Object.keys(json.data)).not.toContain('recordMonths');
  const file = parseBackup(JSON.stringify(json));
  await restoreBackup(db, file, 'replace');
  const { settings, ...restored } = await dumpAll(db);
  const { settings: _saved, ...saved } = original;
  expect(restored).toEqual(saved);
  expect(settings).toHaveLength(1);
  // Restore clears and writes every table; the tallies follow it row for row.
  expect((await storedTallies(db)).sort((a, b) => a.key.localeCompare(b.key))).toEqual(
    tallied.sort((a, b) => a.key.localeCompare(b.key)),
  );
  expect(await db.recordMonths.get('meta')).toMatchObject({ stale: false });
  db.close();
});
