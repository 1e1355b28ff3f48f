/**
 * A migration that changes a row's shape, injected as a test-only step 3 after
 * the real ones: the Dexie upgrade of a stored database and the restore of an
 * old backup must both run its row upgraders, because both read the one list of
 * steps in lib/db/migrations.
 */
import { describe, expect, it, vi } from 'vitest';
import type * as Migrations from '@/lib/db/migrations';
import { CURRENT_SCHEMA_VERSION } from '@/lib/db/schema';
import { backupToJson, exportBackup, parseBackup, restoreBackup } from '@/lib/io/backup';
import { loadSampleWorkspace } from '@/lib/sample/workspace';
import { updateSettings } from '@/lib/db/settings';
import { V1_DATA } from './fixtures/v1-data';
import { dumpAll, freshDb } from './helpers';
import { expectNoRowLost, openCurrent, writeDatabaseAtVersion } from './migration-harness';
import { utc } from '../clock';

vi.mock('@/lib/db/migrations', async (importOriginal) => {
  const real = await importOriginal<typeof Migrations>();
  // Version 2 called a goal's statement `outcome` and the reminder lead `reminderLead`;
  // version 3 renames them to today's names.
  const rename =
    (from: string, to: string) =>
    ({ [from]: value, ...rest }: Record<string, unknown>) => ({ ...rest, [to]: value });
  // It stands in for every real step from 3 on, declaring their stores, so the
  // tables those add exist and version 3 stays the last.
  const later = real.MIGRATIONS.filter((s) => s.version >= 3);
  const step3 = {
    version: 3,
    stores: Object.assign({}, ...later.map((s) => s.stores)),
    rows: {
      goals: rename('outcome', 'statement'),
      settings: rename('reminderLead', 'reminderMinutes'),
    },
  };
  return { ...real, MIGRATIONS: [...real.MIGRATIONS.filter((s) => s.version < 3), step3] };
});

const NOW = utc(2026, 11, 23, 9, 0);

/** Today's row or settings as version 2 would have written it. */
const toV2 = {
  goal: ({ statement, ...rest }: Record<string, unknown>) => ({ ...rest, outcome: statement }),
  settings: ({ reminderMinutes, ...rest }: Record<string, unknown>) => ({
    ...rest,
    reminderLead: reminderMinutes,
  }),
};

const V2_DATA: Record<string, unknown[]> = {
  ...V1_DATA,
  goals: V1_DATA.goals!.map((g) => toV2.goal(g as Record<string, unknown>)),
  settings: V1_DATA.settings!.map((s) => toV2.settings(s as Record<string, unknown>)),
};

describe('a step that changes the shape of rows', () => {
  it('is today’s version', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(3);
  });

  it('upgrades a stored version 2 database when it opens', async () => {
    const name = `reshape-${crypto.randomUUID()}`;
    await writeDatabaseAtVersion(name, 2, V2_DATA);
    const db = await openCurrent(name);
    expect(db.verno).toBe(3);
    await expectNoRowLost(db, V2_DATA);
    expect(await db.goals.get('g1')).toEqual(V1_DATA.goals![0]);
    expect(await db.settings.get('app')).toEqual(V1_DATA.settings![0]);
    db.close();
  });

  async function v2Backup() {
    const db = freshDb();
    await loadSampleWorkspace(db, NOW);
    await updateSettings(db, { ownDomains: ['seller.example'], reminderMinutes: 25 });
    const original = await dumpAll(db);
    const json = JSON.parse(backupToJson(await exportBackup(db, NOW)));
    json.schemaVersion = 2;
    json.data.goals = json.data.goals.map(toV2.goal);
    json.settings = toV2.settings(json.settings);
    return { db, original, json };
  }

  it('brings a version 2 backup up to today through the same step, then restores it', async () => {
    const { db, original, json } = await v2Backup();
    expect(json.data.goals.length).toBeGreaterThan(0);
    const file = parseBackup(JSON.stringify(json));
    expect(file.settings.reminderMinutes).toBe(25);
    await Promise.all(db.tables.map((t) => t.clear()));
    await restoreBackup(db, file, 'replace');
    expect(await dumpAll(db)).toEqual(original);
  });

  it('is what makes the old backup valid: the same file claiming version 3 is refused', async () => {
    const { json } = await v2Backup();
    json.schemaVersion = 3;
    expect(() => parseBackup(JSON.stringify(json))).toThrow(/goals row 1 .*statement/);
  });

  it('refuses a backup from a schema newer than this build', async () => {
    const { json } = await v2Backup();
    json.schemaVersion = 4;
    expect(() => parseBackup(JSON.stringify(json))).toThrow(/newer version of Callprep/);
  });
});
