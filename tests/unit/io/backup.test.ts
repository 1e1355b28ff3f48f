import { describe, expect, it } from 'vitest';
import { customers as customerRepo } from '@/lib/db/customers';
import { goals as goalRepo } from '@/lib/db/goals';
import { TABLE_NAMES } from '@/lib/db/models';
import { CURRENT_SCHEMA_VERSION, type CallprepDB } from '@/lib/db/schema';
import { updateSettings } from '@/lib/db/settings';
import {
  backupFileName,
  backupToJson,
  exportBackup,
  parseBackup,
  previewRestore,
  restoreBackup,
  type Backup,
} from '@/lib/io/backup';
import { ImportError } from '@/lib/io/errors';
import { loadSampleWorkspace } from '@/lib/sample/workspace';
import { dumpAll, freshDb, manualClock } from '../db/helpers';
import { utc } from '../clock';

const NOW = utc(2026, 11, 23, 9, 0);

async function sampleDb(): Promise<CallprepDB> {
  const db = freshDb();
  await loadSampleWorkspace(db, NOW);
  await updateSettings(db, { ownDomains: ['seller.example'], reminderMinutes: 20 });
  return db;
}

async function wipe(db: CallprepDB) {
  await Promise.all(db.tables.map((t) => t.clear()));
}

/** The backup as it travels: through JSON text and back. */
const roundTrip = (b: Backup) => parseBackup(backupToJson(b));

describe('export', () => {
  it('writes the versioned envelope with counts for every table', async () => {
    const db = await sampleDb();
    const backup = await exportBackup(db, NOW);
    expect(backup).toMatchObject({
      format: 'callprep-backup',
      formatVersion: 1,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: '2026-11-23T09:00:00.000Z',
      settings: { ownDomains: ['seller.example'], reminderMinutes: 20 },
    });
    expect(Object.keys(backup.data).sort()).toEqual([...TABLE_NAMES].sort());
    for (const t of TABLE_NAMES) expect(backup.counts[t]).toBe(await db.table(t).count());
    expect(backup.counts.customers).toBe(5);
    expect(backupFileName(NOW)).toBe('callprep-backup-2026-11-23.json');
  });
});

describe('restore (replace)', () => {
  it('sample workspace → export → wipe → restore gives back every table exactly', async () => {
    const db = await sampleDb();
    const original = await dumpAll(db);
    const file = roundTrip(await exportBackup(db, NOW));
    await wipe(db);
    const preview = await previewRestore(db, file, 'replace');
    expect(preview.tables.customers).toEqual({ inFile: 5, add: 5, update: 0, keep: 0, remove: 0 });
    await restoreBackup(db, file, 'replace');
    expect(await dumpAll(db)).toEqual(original);
  });

  it('restores a backup written by an older schema version (1)', async () => {
    const db = await sampleDb();
    const original = await dumpAll(db);
    const json = JSON.parse(backupToJson(await exportBackup(db, NOW)));
    json.schemaVersion = 1;
    const file = parseBackup(JSON.stringify(json));
    await wipe(db);
    await restoreBackup(db, file, 'replace');
    expect(await dumpAll(db)).toEqual(original);
  });

  it('replaces: rows not in the file are removed, and the file’s settings win', async () => {
    const db = await sampleDb();
    const file = roundTrip(await exportBackup(db, NOW));
    const extra = await customerRepo.create(db, { name: 'Not in the backup' });
    await updateSettings(db, { reminderMinutes: 5 });
    const preview = await previewRestore(db, file, 'replace');
    expect(preview.tables.customers).toMatchObject({ add: 0, update: 5, remove: 1 });
    await restoreBackup(db, file, 'replace');
    expect(await db.customers.get(extra.id)).toBeUndefined();
    expect((await db.settings.get('app'))?.reminderMinutes).toBe(20);
  });

  it('a bad row deep in the file leaves the database exactly as it was', async () => {
    const db = await sampleDb();
    const text = backupToJson(await exportBackup(db, NOW));
    const json = JSON.parse(text);
    json.data.checklistItems[17].weight = 'heavy';
    await customerRepo.create(db, { name: 'Made after the export' });
    const before = await dumpAll(db);
    expect(() => parseBackup(JSON.stringify(json))).toThrow(
      `checklistItems row 18 (id ${json.data.checklistItems[17].id}): weight`,
    );
    expect(await dumpAll(db)).toEqual(before);
  });

  it('a write that fails midway (a full disk) changes nothing', async () => {
    const db = await sampleDb();
    const file = roundTrip(await exportBackup(db, NOW));
    await customerRepo.create(db, { name: 'Made after the export' });
    const before = await dumpAll(db);
    const quota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    const notes = db.table('notes');
    const original = notes.bulkAdd.bind(notes);
    notes.bulkAdd = (() => Promise.reject(quota)) as unknown as typeof notes.bulkAdd;
    await expect(restoreBackup(db, file, 'replace')).rejects.toThrow('QuotaExceededError');
    notes.bulkAdd = original;
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses a goal whose customer is missing, naming the row', async () => {
    const db = await sampleDb();
    const json = JSON.parse(backupToJson(await exportBackup(db, NOW)));
    const goal = json.data.goals[3];
    goal.customerId = 'gone';
    const file = parseBackup(JSON.stringify(json));
    const before = await dumpAll(db);
    await expect(restoreBackup(db, file, 'replace')).rejects.toThrow(
      `goals row 4 (id ${goal.id}): customerId gone is not a customer in the file`,
    );
    await expect(previewRestore(db, file, 'replace')).rejects.toThrow(ImportError);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses a checklist item whose meeting is missing', async () => {
    const db = await sampleDb();
    const json = JSON.parse(backupToJson(await exportBackup(db, NOW)));
    json.data.meetings = json.data.meetings.slice(1);
    delete json.counts.meetings;
    await expect(previewRestore(db, parseBackup(JSON.stringify(json)), 'replace')).rejects.toThrow(
      /checklistItems row \d+ \(id .+\): meetingId .+ is not a meeting in the file/,
    );
  });
});

describe('parseBackup refuses what is not a good backup', () => {
  const good = async () => JSON.parse(backupToJson(await exportBackup(await sampleDb(), NOW)));
  it.each([
    ['not JSON', () => '{"format": "callprep-backup", "data": {', /not valid JSON/],
    ['another JSON file', () => '{"name": "package"}', /not a Callprep backup/],
  ])('%s', (_, text, message) => {
    expect(() => parseBackup(text())).toThrow(message);
  });

  it('a newer format or schema', async () => {
    const json = await good();
    json.schemaVersion = CURRENT_SCHEMA_VERSION + 1;
    expect(() => parseBackup(JSON.stringify(json))).toThrow(/newer version of Callprep/);
  });

  it('a file whose counts do not match its rows (cut off)', async () => {
    const json = await good();
    json.data.notes.pop();
    expect(() => parseBackup(JSON.stringify(json))).toThrow(/notes should have \d+ rows but has/);
  });

  it('an unknown table, a duplicate id, a bad setting', async () => {
    const a = await good();
    a.data.invoices = [];
    expect(() => parseBackup(JSON.stringify(a))).toThrow(/unknown table “invoices”/);
    const b = await good();
    b.data.customers.push(b.data.customers[0]);
    b.counts.customers++;
    expect(() => parseBackup(JSON.stringify(b))).toThrow(/customers row 6 .* the id appears twice/);
    const c = await good();
    c.settings.reminderMinutes = -3;
    expect(() => parseBackup(JSON.stringify(c))).toThrow(/settings: reminderMinutes/);
  });
});

describe('restore (merge)', () => {
  it('matches by id: the newer updatedAt wins, nothing here is deleted', async () => {
    const clock = manualClock(NOW);
    const db = freshDb();
    const acme = await customerRepo.create(db, { name: 'Acme' }, clock);
    const globex = await customerRepo.create(db, { name: 'Globex' }, clock);
    const goal = await goalRepo.create(db, { customerId: acme.id, statement: 'Go faster' }, clock);
    await updateSettings(db, { ownDomains: ['seller.example'] });
    const file = roundTrip(await exportBackup(db, NOW));

    // after the export: Acme edited here (newer than the file), Globex deleted, Initech added
    clock.advance(60_000);
    await customerRepo.update(db, acme.id, { about: 'edited here' }, clock);
    await db.customers.delete(globex.id);
    const initech = await customerRepo.create(db, { name: 'Initech' }, clock);
    await updateSettings(db, { ownDomains: ['other.example'] });
    // and the file's goal is newer than ours
    file.data.goals[0] = { ...file.data.goals[0]!, progress: 50, updatedAt: NOW + 120_000 };
    await goalRepo.update(db, goal.id, { progress: 10 }, clock);

    const preview = await previewRestore(db, file, 'merge');
    expect(preview.tables.customers).toEqual({ inFile: 2, add: 1, update: 0, keep: 1, remove: 0 });
    expect(preview.tables.goals).toEqual({ inFile: 1, add: 0, update: 1, keep: 0, remove: 0 });
    await restoreBackup(db, file, 'merge');

    expect((await db.customers.get(acme.id))?.about).toBe('edited here');
    expect((await db.customers.get(globex.id))?.name).toBe('Globex');
    expect(await db.customers.get(initech.id)).toBeDefined();
    expect((await db.goals.get(goal.id))?.progress).toBe(50);
    expect((await db.settings.get('app'))?.ownDomains).toEqual(['other.example', 'seller.example']);
  });

  it('accepts rows pointing at a customer that is only here, not in the file', async () => {
    const db = await sampleDb();
    const json = JSON.parse(backupToJson(await exportBackup(db, NOW)));
    json.data.customers = [];
    delete json.counts.customers;
    const file = parseBackup(JSON.stringify(json));
    await expect(previewRestore(db, file, 'merge')).resolves.toBeDefined();
    await expect(previewRestore(db, file, 'replace')).rejects.toThrow(/is not a customer/);
  });
});
