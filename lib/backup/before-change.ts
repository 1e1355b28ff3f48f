import { writeAutoBackup, type AutoBackupEnv, type BackupResult } from './write';

/**
 * A backup of what is here now, before an import writes over it: the CSV
 * import and the calendar import call this first (and go on whatever it
 * returns: an import is never blocked by a backup that could not be written,
 * the workspace says so instead). Does nothing when automatic backup is off.
 */
export function backupBeforeImport(env: AutoBackupEnv): Promise<BackupResult> {
  return writeAutoBackup(env, 'import');
}

/** The same, before a backup file is restored over what is here. */
export function backupBeforeRestore(env: AutoBackupEnv): Promise<BackupResult> {
  return writeAutoBackup(env, 'restore');
}

/** What a page adds to its own message when the backup before a change failed (empty otherwise). */
export function backupFailureNote(result: BackupResult): string {
  return !result.ok && 'error' in result
    ? ` The automatic backup before it could not be written: ${result.error}`
    : '';
}
