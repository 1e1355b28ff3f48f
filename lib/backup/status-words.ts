import { dayAndTime } from '../format/dates';
import type { BackupReason } from './schedule';
import type { AutoBackupState } from './state';

/** How the workspace says where automatic backups stand; `tone` picks its colour. */
export type BackupStatus = { tone: 'good' | 'warn' | 'off'; text: string };

const REASON_WORDS: Record<BackupReason, string> = {
  daily: 'daily',
  restore: 'before a restore',
  import: 'before an import',
  upgrade: 'before an update of Callprep',
  manual: 'made by you',
};

/**
 * "Last backup: today 09:12", or what went wrong in words, or why there are
 * none. `granted` is whether the browser lets Callprep write downloads.
 */
export function backupStatusInWords(
  state: AutoBackupState,
  granted: boolean,
  now: number,
): BackupStatus {
  if (!granted || !state.enabled) {
    const last = state.lastSuccess
      ? ` The last one was written ${dayAndTime(state.lastSuccess.at, now)}.`
      : '';
    return {
      tone: 'off',
      text: `Automatic backup is off: turn it on in Settings to keep a daily copy in your Downloads folder.${last}`,
    };
  }
  const success = state.lastSuccess;
  const failure = state.lastFailure;
  if (failure && (!success || failure.at >= success.at)) {
    const since = success
      ? ` The last backup that worked was ${dayAndTime(success.at, now)}.`
      : ' No backup has been written yet.';
    return {
      tone: 'warn',
      text: `The ${failure.reason === 'daily' ? 'daily backup' : `backup ${REASON_WORDS[failure.reason]}`} failed ${dayAndTime(failure.at, now)}: ${failure.error}${since}`,
    };
  }
  if (!success) return { tone: 'warn', text: 'No automatic backup has been written yet.' };
  const why = success.reason === 'daily' ? '' : ` (${REASON_WORDS[success.reason]})`;
  return { tone: 'good', text: `Last backup: ${dayAndTime(success.at, now)}${why}.` };
}

/**
 * Why writing the file failed, in words a seller can act on. The browser's own
 * messages (Chrome: "Invalid filename", "Download must be allowed"; Firefox:
 * "Permission denied") are kept after the words, for a bug report.
 */
export function downloadErrorInWords(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  if (/permission|not allowed|must be allowed|cannot read properties of undefined/i.test(raw)) {
    return `Callprep is not allowed to save files: turn automatic backup on again in Settings (${raw}).`;
  }
  if (/disk|space|quota|FILE_NO_SPACE/i.test(raw)) {
    return `The disk is full: free some space; the next backup tries again (${raw}).`;
  }
  if (/FILE_ACCESS_DENIED|FILE_FAILED|access denied/i.test(raw)) {
    return `The Downloads folder could not be written: check that it exists and can be written to (${raw}).`;
  }
  return `The file could not be saved (${raw}). The next backup tries again.`;
}
