import { onBackupAlarm, onWorkerStart, type BackupAlarms } from '../backup/daily';
import { contextObjectUrls } from '../backup/download-url';
import { backupBeforeUpgrade } from '../backup/upgrade';
import type { AutoBackupBrowser } from '../backup/write';
import type { CallprepDB } from '../db/schema';

/** The parts of `browser` the automatic backup uses (`downloads` exists once granted). */
export type AutoBackupWorkerBrowser = AutoBackupBrowser & {
  alarms: BackupAlarms & { onAlarm: { addListener(cb: (alarm: { name: string }) => void): void } };
};

/**
 * The automatic backup in the worker: the daily alarm, the check at each start,
 * and the file of the rows as they were when this start upgraded the schema.
 * Call once, synchronously, from defineBackground's main.
 */
/**
 * How long after a start the daily check runs: the event that woke the worker (a
 * page signal to match within its 150 ms budget) comes first, not a whole-database export.
 */
export const START_CHECK_DELAY_MS = 3_000;

export function installAutoBackup(
  b: AutoBackupWorkerBrowser,
  getDb: () => CallprepDB,
  startDelayMs: number = START_CHECK_DELAY_MS,
): void {
  const env = () => ({ db: getDb(), browser: b, now: () => Date.now(), urls: contextObjectUrls() });
  const failed = (e: unknown) => console.error('Callprep: automatic backup', e);
  b.alarms.onAlarm.addListener((alarm) => {
    onBackupAlarm(env(), alarm)?.catch(failed);
  });
  // Subscribed before anything opens the database, so the upgrade this start makes is seen.
  getDb().on('ready', () => {
    backupBeforeUpgrade(env()).catch(failed);
  });
  setTimeout(() => onWorkerStart(env(), b.alarms).catch(failed), startDelayMs);
}
