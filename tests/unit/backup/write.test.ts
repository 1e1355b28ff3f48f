import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { customers } from '@/lib/db/customers';
import { CallprepDB } from '@/lib/db/schema';
import { readBackup, restoreBackup } from '@/lib/io/backup';
import { onBackupAlarm, onWorkerStart } from '@/lib/backup/daily';
import { AUTO_BACKUP_ALARM } from '@/lib/backup/schedule';
import { readAutoBackupState, updateAutoBackupState } from '@/lib/backup/state';
import { writeAutoBackup, type AutoBackupEnv } from '@/lib/backup/write';
import { DAY, HOUR, MINUTE, local } from '../clock';
import { fakeDownloads, textOfDataUrl } from './fake-downloads';

let db: CallprepDB;
let downloads: ReturnType<typeof fakeDownloads>;
let clock: number;

beforeEach(async () => {
  db = new CallprepDB(`auto-backup-${crypto.randomUUID()}`);
  downloads = fakeDownloads();
  clock = local(2026, 12, 3, 9, 12);
  await customers.create(db, { name: 'Northwind Logistics' });
});

const env = (): AutoBackupEnv => ({
  db,
  browser: { downloads, storage: { local: fakeBrowser.storage.local } },
  now: () => clock,
  sleep: async () => {},
});
const local_ = () => fakeBrowser.storage.local;

describe('writing a backup file', () => {
  it('saves the whole database as JSON in Downloads/Callprep, silently, never overwriting', async () => {
    const result = await writeAutoBackup(env(), 'daily');
    expect(result).toEqual({ ok: true, filename: 'Callprep/callprep-backup-2026-12-03-0912.json' });
    const [item] = downloads.items;
    expect(item!.filename).toBe('Callprep/callprep-backup-2026-12-03-0912.json');
    // a service worker has no URL.createObjectURL: the file travels as a data: URL
    expect(item!.url).toMatch(/^data:application\/json;base64,/);
    const { backup, leftOut } = readBackup(textOfDataUrl(item!.url));
    expect(leftOut).toEqual([]);
    expect(backup.data.customers.map((c) => c.name)).toEqual(['Northwind Logistics']);
  });

  it('asks the browser for a unique name and no Save As dialog', async () => {
    const seen: unknown[] = [];
    const spy = { ...downloads, download: async (o: unknown) => (seen.push(o), 1) };
    await writeAutoBackup({ ...env(), browser: { ...env().browser, downloads: spy } }, 'daily');
    expect(seen).toEqual([expect.objectContaining({ conflictAction: 'uniquify', saveAs: false })]);
  });

  it('restores into an empty browser with the same customers (the round trip)', async () => {
    await writeAutoBackup(env(), 'daily');
    const other = new CallprepDB(`restored-${crypto.randomUUID()}`);
    const { backup } = readBackup(textOfDataUrl(downloads.items[0]!.url));
    await restoreBackup(other, backup, 'replace');
    expect((await other.customers.toArray()).map((c) => c.name)).toEqual(['Northwind Logistics']);
  });

  it('uses a blob URL where the context has one, and releases it once written', async () => {
    const revoked: string[] = [];
    const urls = {
      createObjectURL: () => 'blob:callprep/1',
      revokeObjectURL: (u: string) => void revoked.push(u),
    };
    await writeAutoBackup({ ...env(), urls }, 'manual');
    expect(downloads.items[0]!.url).toBe('blob:callprep/1');
    expect(revoked).toEqual(['blob:callprep/1']);
  });

  it('records the last success and why it was written', async () => {
    await writeAutoBackup(env(), 'restore');
    const state = await readAutoBackupState(local_());
    expect(state.lastSuccess).toEqual({
      at: clock,
      filename: 'Callprep/callprep-backup-2026-12-03-0912.json',
      reason: 'restore',
    });
    expect(state.files).toEqual([
      { downloadId: 1, filename: 'Callprep/callprep-backup-2026-12-03-0912.json', at: clock },
    ]);
  });

  it('writes nothing without the permission (no downloads API) or when switched off', async () => {
    const none = await writeAutoBackup(
      { ...env(), browser: { storage: { local: local_() } } },
      'daily',
    );
    expect(none).toEqual({ ok: false, off: true });
    await updateAutoBackupState(local_(), (s) => ({ ...s, enabled: false }));
    expect(await writeAutoBackup(env(), 'daily')).toEqual({ ok: false, off: true });
    expect(downloads.items).toEqual([]);
    expect((await readAutoBackupState(local_())).lastFailure).toBeNull();
  });

  it('says in words why a file could not be written, and keeps the last success', async () => {
    await writeAutoBackup(env(), 'daily');
    clock += DAY;
    downloads.interruptWith = 'FILE_NO_SPACE';
    const result = await writeAutoBackup(env(), 'daily');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^The disk is full/) });
    const state = await readAutoBackupState(local_());
    expect(state.lastFailure).toMatchObject({ at: clock, reason: 'daily' });
    expect(state.lastFailure!.error).toContain('FILE_NO_SPACE');
    expect(state.lastSuccess!.at).toBe(clock - DAY);
  });
});

describe('keeping the last seven', () => {
  it('removes the oldest files it wrote, from disk and from the download list', async () => {
    for (let day = 0; day < 9; day++) {
      await writeAutoBackup(env(), 'daily');
      clock += DAY;
    }
    const state = await readAutoBackupState(local_());
    expect(state.files.map((f) => f.downloadId)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(downloads.items.filter((i) => i.removed).map((i) => i.id)).toEqual([1, 2]);
    expect(downloads.erased).toEqual([1, 2]);
  });

  it('never touches a download it did not write', async () => {
    downloads.items.push({
      id: 500,
      url: 'https://x',
      filename: 'Callprep/callprep-backup-2020-01-01-0000.json',
      removed: false,
    });
    for (let i = 0; i < 8; i++) {
      await writeAutoBackup(env(), 'daily');
      clock += HOUR;
    }
    expect(downloads.items.find((i) => i.id === 500)!.removed).toBe(false);
    expect(downloads.erased).not.toContain(500);
    expect(downloads.erased).toHaveLength(1);
  });

  it('forgets a file the seller already deleted', async () => {
    for (let i = 0; i < 7; i++) {
      await writeAutoBackup(env(), 'daily');
      clock += HOUR;
    }
    downloads.items[0]!.removed = true; // deleted by hand
    await writeAutoBackup(env(), 'daily');
    const state = await readAutoBackupState(local_());
    expect(state.files).toHaveLength(7);
    expect(state.files.some((f) => f.downloadId === 1)).toBe(false);
  });
});

describe('the daily schedule in the worker', () => {
  it('creates the daily alarm at start once, and backs up when none was written', async () => {
    expect(await onWorkerStart(env(), fakeBrowser.alarms)).toMatchObject({ ok: true });
    const alarm = await fakeBrowser.alarms.get(AUTO_BACKUP_ALARM);
    expect(alarm?.periodInMinutes).toBe(24 * 60);
    // a second start the same day writes nothing more
    clock += 5 * HOUR;
    expect(await onWorkerStart(env(), fakeBrowser.alarms)).toBeNull();
    expect(downloads.items).toHaveLength(1);
  });

  it('backs up at start when the last is a day old (the browser was closed at alarm time)', async () => {
    await onWorkerStart(env(), fakeBrowser.alarms);
    clock += DAY + MINUTE;
    expect(await onWorkerStart(env(), fakeBrowser.alarms)).toMatchObject({ ok: true });
    expect(downloads.items).toHaveLength(2);
  });

  it('waits an hour after a failure before a worker start tries again', async () => {
    downloads.failWith = 'Download must be allowed';
    expect(await onWorkerStart(env(), fakeBrowser.alarms)).toMatchObject({ ok: false });
    downloads.failWith = null;
    clock += 10 * MINUTE;
    expect(await onWorkerStart(env(), fakeBrowser.alarms)).toBeNull();
    clock += HOUR;
    expect(await onWorkerStart(env(), fakeBrowser.alarms)).toMatchObject({ ok: true });
  });

  it('the alarm writes a backup; other alarms do not', async () => {
    expect(onBackupAlarm(env(), { name: 'callprep:refresh' })).toBeNull();
    expect(await onBackupAlarm(env(), { name: AUTO_BACKUP_ALARM })).toMatchObject({ ok: true });
  });
});
