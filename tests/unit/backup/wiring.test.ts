import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { installAutoBackup } from '@/lib/background/auto-backup-wiring';
import { CallprepDB } from '@/lib/db/schema';
import { AUTO_BACKUP_ALARM } from '@/lib/backup/schedule';
import { readAutoBackupState } from '@/lib/backup/state';
import { V1_DATA } from '../db/fixtures/v1-data';
import { writeDatabaseAtVersion } from '../db/migration-harness';
import { fakeDownloads, textOfDataUrl } from './fake-downloads';

// Chrome's MV3 service worker has no URL.createObjectURL: the files go as data: URLs.
const createObjectURL = URL.createObjectURL;
beforeEach(() => {
  Object.defineProperty(URL, 'createObjectURL', { value: undefined, configurable: true });
});
afterEach(() => {
  Object.defineProperty(URL, 'createObjectURL', { value: createObjectURL, configurable: true });
});

function install(db: CallprepDB) {
  const downloads = fakeDownloads();
  installAutoBackup(
    { downloads, storage: fakeBrowser.storage, alarms: fakeBrowser.alarms },
    () => db,
    0,
  );
  return downloads;
}

describe('the automatic backup in the worker', () => {
  it('a start that upgrades the schema first writes the old rows to a file of the old version', async () => {
    const name = `worker-${crypto.randomUUID()}`;
    await writeDatabaseAtVersion(name, 1, V1_DATA);
    const db = new CallprepDB(name);
    const downloads = install(db);
    await expect.poll(() => downloads.items.length).toBe(2); // the daily one, and the upgrade's
    const files = downloads.items.map((d) => JSON.parse(textOfDataUrl(d.url)));
    const upgrade = files.find((f) => f.schemaVersion === 1);
    expect(upgrade.data.customers.map((c: { id: string }) => c.id)).toEqual(
      (V1_DATA.customers as { id: string }[]).map((c) => c.id),
    );
    await expect
      .poll(async () => (await readAutoBackupState(fakeBrowser.storage.local)).files.length)
      .toBe(2);
  });

  it('a start with a current database writes only the daily file, and sets the alarm', async () => {
    const db = new CallprepDB(`worker-${crypto.randomUUID()}`);
    await db.open();
    const downloads = install(db);
    await expect.poll(() => downloads.items.length).toBe(1);
    expect(JSON.parse(textOfDataUrl(downloads.items[0]!.url)).schemaVersion).toBe(db.verno);
    expect(await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM)).toBeDefined();
  });

  it('the daily alarm writes a file', async () => {
    const db = new CallprepDB(`worker-${crypto.randomUUID()}`);
    const downloads = install(db);
    await expect.poll(() => downloads.items.length).toBe(1);
    await fakeBrowser.alarms.onAlarm.trigger({ name: AUTO_BACKUP_ALARM, scheduledTime: 0 });
    await expect.poll(() => downloads.items.length).toBe(2);
  });
});
