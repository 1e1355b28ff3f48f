import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { TABLE_NAMES } from '@/lib/db/models';
import { CallprepDB } from '@/lib/db/schema';
import { readBackup, restoreBackup } from '@/lib/io/backup';
import { backupBeforeUpgrade, preUpgradeBackupJson } from '@/lib/backup/upgrade';
import { local } from '../clock';
import { V1_DATA } from '../db/fixtures/v1-data';
import { openCurrent, writeDatabaseAtVersion } from '../db/migration-harness';
import { fakeDownloads, textOfDataUrl } from './fake-downloads';

const ids = (rows: unknown[] | undefined) =>
  (rows ?? []).map((r) => (r as { id: string }).id).sort();

describe('the backup before a schema upgrade', () => {
  it('holds the rows as the old version stored them, read inside the upgrade', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await writeDatabaseAtVersion(name, 1, V1_DATA);
    const db = await openCurrent(name);
    expect(db.preUpgradeRows?.fromVersion).toBe(1);
    for (const [table, rows] of Object.entries(V1_DATA)) {
      // as stored: the old version's shape, before any step changed a row
      expect(db.preUpgradeRows!.tables[table], table).toEqual(rows);
    }
  });

  it('is not taken when nothing was upgraded (a new database, or one already current)', async () => {
    const name = `fresh-${crypto.randomUUID()}`;
    const fresh = await openCurrent(name);
    expect(fresh.preUpgradeRows).toBeNull();
    fresh.close();
    expect((await openCurrent(name)).preUpgradeRows).toBeNull();
  });

  it('is written once as a file of the old version that restores without loss today', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await writeDatabaseAtVersion(name, 1, V1_DATA);
    const db = await openCurrent(name);
    const downloads = fakeDownloads();
    const env = {
      db,
      browser: { downloads, storage: { local: fakeBrowser.storage.local } },
      now: () => local(2026, 12, 3, 9, 12),
      sleep: async () => {},
    };
    expect(await backupBeforeUpgrade(env)).toMatchObject({ ok: true });
    expect(await backupBeforeUpgrade(env)).toBeNull(); // once
    const text = textOfDataUrl(downloads.items[0]!.url);
    expect(JSON.parse(text).schemaVersion).toBe(1);
    const { backup, leftOut } = readBackup(text);
    expect(leftOut).toEqual([]);
    const other = new CallprepDB(`restored-${crypto.randomUUID()}`);
    await restoreBackup(other, backup, 'replace');
    for (const t of TABLE_NAMES) {
      if (!V1_DATA[t]) continue;
      expect(ids(await other.table(t).toArray()), t).toEqual(ids(V1_DATA[t]));
    }
  });

  it('carries the settings row as the file’s settings, without its key', () => {
    const json = preUpgradeBackupJson(
      { fromVersion: 1, tables: { settings: [{ key: 'app', ownDomains: ['acme.com'] }] } },
      0,
    );
    expect(JSON.parse(json).settings).toEqual({ ownDomains: ['acme.com'] });
  });
});
