import { describe, expect, it } from 'vitest';
import { autoBackupFileName } from '@/lib/backup/file-name';
import { KEPT_BACKUPS, splitKeptBackups } from '@/lib/backup/prune';
import { isDailyBackupDue } from '@/lib/backup/schedule';
import { DAY, HOUR, MINUTE, local } from '../clock';

describe('when the daily backup is due', () => {
  const now = local(2026, 12, 3, 9, 12);
  it('is due with no backup yet, or a day after the last', () => {
    expect(isDailyBackupDue(null, now)).toBe(true);
    expect(isDailyBackupDue(now - DAY, now)).toBe(true);
    expect(isDailyBackupDue(now - DAY + MINUTE, now)).toBe(false);
    expect(isDailyBackupDue(now - 3 * HOUR, now)).toBe(false);
  });
  it('is due when the last lies in the future (a clock set back never stops backups)', () => {
    expect(isDailyBackupDue(now + HOUR, now)).toBe(true);
  });
});

describe('backup file names', () => {
  it('are in the Callprep folder, dated and timed in local time', () => {
    expect(autoBackupFileName(local(2026, 12, 3, 9, 12, 40))).toBe(
      'Callprep/callprep-backup-2026-12-03-0912.json',
    );
    expect(autoBackupFileName(local(2027, 1, 9, 23, 5))).toBe(
      'Callprep/callprep-backup-2027-01-09-2305.json',
    );
  });
  it('sort as the times they were written', () => {
    const times = [local(2026, 12, 3, 9, 12), local(2026, 12, 3, 10, 1), local(2026, 12, 10, 8)];
    const names = times.map(autoBackupFileName);
    expect([...names].sort()).toEqual(names);
  });
});

describe('which backups are kept', () => {
  const file = (day: number, downloadId = day) => ({
    downloadId,
    filename: autoBackupFileName(local(2026, 12, day, 9)),
    at: local(2026, 12, day, 9),
  });
  it('keeps the newest seven by name and removes the rest', () => {
    const files = [4, 1, 9, 2, 8, 3, 7, 5, 6].map((d) => file(d));
    const { keep, remove } = splitKeptBackups(files);
    expect(keep).toHaveLength(KEPT_BACKUPS);
    expect(keep.map((f) => f.downloadId)).toEqual([9, 8, 7, 6, 5, 4, 3]);
    expect(remove.map((f) => f.downloadId)).toEqual([2, 1]);
  });
  it('removes nothing with seven or fewer', () => {
    expect(splitKeptBackups([file(1), file(2)]).remove).toEqual([]);
  });
  it('orders two files of the same minute by when they were written', () => {
    const a = { ...file(1, 10), at: local(2026, 12, 1, 9, 0, 1) };
    const b = { ...file(1, 11), at: local(2026, 12, 1, 9, 0, 30) };
    expect(splitKeptBackups([a, b], 1)).toEqual({ keep: [b], remove: [a] });
  });
});
