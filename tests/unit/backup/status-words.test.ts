import { describe, expect, it } from 'vitest';
import { INITIAL_AUTO_BACKUP_STATE, type AutoBackupState } from '@/lib/backup/state';
import { backupStatusInWords, downloadErrorInWords } from '@/lib/backup/status-words';
import { storageWarningInWords } from '@/lib/backup/storage-health';
import { HOUR, local } from '../clock';

const now = local(2026, 12, 3, 15, 0);
const at0912 = local(2026, 12, 3, 9, 12);
const time = (ms: number) =>
  new Date(ms).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
const state = (s: Partial<AutoBackupState>): AutoBackupState => ({
  ...INITIAL_AUTO_BACKUP_STATE,
  ...s,
});
const success = { at: at0912, filename: 'Callprep/x.json', reason: 'daily' as const };

describe('the backup status in words', () => {
  it('says when the last backup was written', () => {
    expect(backupStatusInWords(state({ lastSuccess: success }), true, now)).toEqual({
      tone: 'good',
      text: `Last backup: today ${time(at0912)}.`,
    });
    const yesterday = { ...success, at: at0912 - 24 * HOUR, reason: 'restore' as const };
    expect(backupStatusInWords(state({ lastSuccess: yesterday }), true, now).text).toBe(
      `Last backup: yesterday ${time(at0912)} (before a restore).`,
    );
  });

  it('says what went wrong, and when the last good one was', () => {
    const failure = { at: at0912 + HOUR, error: 'The disk is full.', reason: 'daily' as const };
    const s = backupStatusInWords(state({ lastSuccess: success, lastFailure: failure }), true, now);
    expect(s.tone).toBe('warn');
    expect(s.text).toBe(
      `The daily backup failed today ${time(failure.at)}: The disk is full. The last backup that worked was today ${time(at0912)}.`,
    );
  });

  it('says it is off, without the permission or when switched off', () => {
    expect(backupStatusInWords(state({}), false, now)).toMatchObject({ tone: 'off' });
    expect(backupStatusInWords(state({ enabled: false }), true, now).text).toMatch(
      /^Automatic backup is off: turn it on in Settings/,
    );
  });

  it('says none was written yet', () => {
    expect(backupStatusInWords(state({}), true, now)).toEqual({
      tone: 'warn',
      text: 'No automatic backup has been written yet.',
    });
  });
});

describe('download errors in words', () => {
  it('says what to do, keeping the browser’s words for a bug report', () => {
    expect(downloadErrorInWords(new Error('FILE_NO_SPACE'))).toMatch(
      /^The disk is full.*FILE_NO_SPACE/,
    );
    expect(downloadErrorInWords(new Error('Download must be allowed'))).toMatch(
      /not allowed to save files: turn automatic backup on again in Settings/,
    );
    expect(downloadErrorInWords('FILE_ACCESS_DENIED')).toMatch(
      /Downloads folder could not be written/,
    );
    expect(downloadErrorInWords(new Error('odd'))).toBe(
      'The file could not be saved (odd). The next backup tries again.',
    );
  });
});

describe('storage warnings in words', () => {
  it('warns where IndexedDB is refused, naming the Firefox setting', () => {
    expect(storageWarningInWords({ indexedDb: false, persisted: null, autoBackup: false })).toMatch(
      /nothing you enter is saved.*Never remember history/,
    );
  });
  it('warns where storage is not persistent, pointing at the backup', () => {
    expect(storageWarningInWords({ indexedDb: true, persisted: false, autoBackup: false })).toMatch(
      /may clear.*Turn on automatic backup in Settings/,
    );
    expect(storageWarningInWords({ indexedDb: true, persisted: false, autoBackup: true })).toMatch(
      /automatic backups in the Downloads folder are your safety net/,
    );
  });
  it('is silent when all is well or not known yet', () => {
    expect(
      storageWarningInWords({ indexedDb: true, persisted: true, autoBackup: false }),
    ).toBeNull();
    expect(
      storageWarningInWords({ indexedDb: null, persisted: null, autoBackup: false }),
    ).toBeNull();
  });
});
