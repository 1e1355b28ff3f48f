/**
 * When the automatic backup runs: once a day by an alarm, and at each worker
 * start when the last one is a day old or more (the alarm does not fire while
 * the browser is closed, so a browser opened each morning for an hour still
 * gets its daily file).
 */
export const AUTO_BACKUP_ALARM = 'callprep:auto-backup';
export const AUTO_BACKUP_PERIOD_MINUTES = 24 * 60;
const DAY_MS = AUTO_BACKUP_PERIOD_MINUTES * 60_000;

/** Why a backup is written; the status line and the kept list say it. */
export type BackupReason = 'daily' | 'restore' | 'import' | 'upgrade' | 'manual';

/**
 * True when the daily backup is due at `now`: never written, or the last
 * successful one is a day old (or lies in the future: a clock set back must not
 * stop backups for good).
 */
export function isDailyBackupDue(lastSuccessAt: number | null, now: number): boolean {
  if (lastSuccessAt === null) return true;
  if (lastSuccessAt > now) return true;
  return now - lastSuccessAt >= DAY_MS;
}
