import type { CallprepDB } from '../db/schema';
import { backupToJson, exportBackup } from '../io/backup';
import { backupDownloadUrl, type ObjectUrls } from './download-url';
import { autoBackupFileName } from './file-name';
import { splitKeptBackups } from './prune';
import type { BackupReason } from './schedule';
import { readAutoBackupState, updateAutoBackupState, type LocalStorage } from './state';
import { downloadErrorInWords } from './status-words';

type DownloadItem = { id: number; state?: string; error?: string };

/** The parts of `browser.downloads` used (it exists only once the permission is granted). */
export type DownloadsApi = {
  download(options: {
    url: string;
    filename: string;
    conflictAction: 'uniquify';
    saveAs: boolean;
  }): Promise<number>;
  search(query: { id: number }): Promise<DownloadItem[]>;
  removeFile(id: number): Promise<void>;
  erase(query: { id: number }): Promise<unknown>;
};

/** The `downloads` permission, as `permissions.contains/request/remove` take it. */
export const DOWNLOADS_PERMISSION = { permissions: ['downloads'] };

/** What writing a backup needs: pass WXT's `browser` (read lazily: `downloads` appears once granted). */
export type AutoBackupBrowser = {
  downloads?: DownloadsApi;
  storage: { local: LocalStorage };
};

export type AutoBackupEnv = {
  db: CallprepDB;
  browser: AutoBackupBrowser;
  now: () => number;
  /** `URL` in a page or Firefox's background; undefined in Chrome's service worker */
  urls?: ObjectUrls;
  /** waits between looks at a download still in progress */
  sleep?: (ms: number) => Promise<void>;
};

export type BackupResult =
  { ok: true; filename: string } | { ok: false; error: string } | { ok: false; off: true };

const WAIT_STEP_MS = 100;
const WAIT_LIMIT_MS = 30_000;

/** Resolves once the browser has written the file; throws its error if it could not. */
async function untilWritten(env: AutoBackupEnv, downloads: DownloadsApi, id: number) {
  const sleep = env.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  for (let waited = 0; waited < WAIT_LIMIT_MS; waited += WAIT_STEP_MS) {
    const [item] = await downloads.search({ id });
    if (!item || item.state === 'complete') return;
    if (item.state === 'interrupted') throw new Error(item.error ?? 'the download was interrupted');
    await sleep(WAIT_STEP_MS);
  }
}

/** Removes the files beyond the newest kept ones: only files this code wrote (their ids are ours). */
async function pruneOld(env: AutoBackupEnv, downloads: DownloadsApi): Promise<void> {
  const state = await readAutoBackupState(env.browser.storage.local);
  const { keep, remove } = splitKeptBackups(state.files);
  for (const file of remove) {
    // A file the seller moved or deleted already is gone either way: forget it.
    await downloads.removeFile(file.downloadId).catch(() => undefined);
    await downloads.erase({ id: file.downloadId }).catch(() => undefined);
  }
  if (remove.length) {
    await updateAutoBackupState(env.browser.storage.local, (s) => ({
      ...s,
      files: s.files.filter((f) => keep.some((k) => k.downloadId === f.downloadId)),
    }));
  }
}

/**
 * Writes one backup file to `Downloads/Callprep/`, when automatic backup is on
 * (the permission granted and not switched off), records it, and removes the
 * oldest beyond seven. `json` is a file already made (the snapshot taken before
 * a schema upgrade); otherwise the database is exported now. Never throws: a
 * failure is recorded in words for the workspace and returned.
 */
export async function writeAutoBackup(
  env: AutoBackupEnv,
  reason: BackupReason,
  json?: string,
): Promise<BackupResult> {
  const local = env.browser.storage.local;
  const downloads = env.browser.downloads;
  const state = await readAutoBackupState(local);
  if (!downloads || !state.enabled) return { ok: false, off: true };
  const at = env.now();
  const filename = autoBackupFileName(at);
  try {
    const text = json ?? backupToJson(await exportBackup(env.db, at));
    const { url, release } = backupDownloadUrl(text, env.urls);
    try {
      const downloadId = await downloads.download({
        url,
        filename,
        conflictAction: 'uniquify',
        saveAs: false,
      });
      // Recorded before waiting: a file being written is still ours to remove later.
      await updateAutoBackupState(local, (s) => ({
        ...s,
        files: [...s.files, { downloadId, filename, at }],
      }));
      await untilWritten(env, downloads, downloadId);
    } finally {
      release();
    }
    await updateAutoBackupState(local, (s) => ({
      ...s,
      lastSuccess: { at, filename, reason },
      lastFailure: null,
    }));
    await pruneOld(env, downloads);
    return { ok: true, filename };
  } catch (e) {
    const error = downloadErrorInWords(e);
    await updateAutoBackupState(local, (s) => ({ ...s, lastFailure: { at, error, reason } })).catch(
      () => undefined,
    );
    return { ok: false, error };
  }
}
