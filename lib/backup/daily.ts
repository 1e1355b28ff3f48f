import { AUTO_BACKUP_ALARM, AUTO_BACKUP_PERIOD_MINUTES, isDailyBackupDue } from './schedule';
import { readAutoBackupState } from './state';
import { writeAutoBackup, type AutoBackupEnv, type BackupResult } from './write';

/** The parts of `browser.alarms` used. */
export type BackupAlarms = {
  get(name: string): Promise<{ name: string } | undefined>;
  create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): unknown;
};

/** A failed attempt waits this long before a worker start tries again (a worker wakes often). */
const RETRY_AFTER_MS = 60 * 60_000;

/**
 * At each worker start: make sure the daily alarm exists (alarms survive
 * restarts but not every update or a profile repair), and write the daily
 * backup now when the last is a day old: the alarm does not fire while the
 * browser is closed. Returns what was written, or null when nothing was due.
 */
export async function onWorkerStart(
  env: AutoBackupEnv,
  alarms: BackupAlarms,
): Promise<BackupResult | null> {
  if (!(await alarms.get(AUTO_BACKUP_ALARM))) {
    alarms.create(AUTO_BACKUP_ALARM, {
      delayInMinutes: AUTO_BACKUP_PERIOD_MINUTES,
      periodInMinutes: AUTO_BACKUP_PERIOD_MINUTES,
    });
  }
  const state = await readAutoBackupState(env.browser.storage.local);
  const now = env.now();
  if (
    state.lastFailure &&
    now - state.lastFailure.at < RETRY_AFTER_MS &&
    now >= state.lastFailure.at
  ) {
    return null;
  }
  if (!isDailyBackupDue(state.lastSuccess?.at ?? null, now)) return null;
  return writeAutoBackup(env, 'daily');
}

/** The daily alarm: the alarm is the schedule, so it writes whatever else was written today. */
export function onBackupAlarm(
  env: AutoBackupEnv,
  alarm: { name: string },
): Promise<BackupResult> | null {
  return alarm.name === AUTO_BACKUP_ALARM ? writeAutoBackup(env, 'daily') : null;
}
