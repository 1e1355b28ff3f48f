import { AUTO_BACKUP_KEY, autoBackupStateSchema } from '../session/keys';
import type { WrittenBackup } from './prune';
import type { BackupReason } from './schedule';

/**
 * What this browser knows about its automatic backups, kept in
 * `storage.local` (not in Dexie: the permission and the files are this
 * browser's, and must not travel with a backup restored elsewhere).
 */
export type AutoBackupState = {
  /** false once the seller turned it off; on by default once the permission is granted */
  enabled: boolean;
  /** the files Callprep wrote and has not removed yet, the only ones it ever removes */
  files: WrittenBackup[];
  lastSuccess: { at: number; filename: string; reason: BackupReason } | null;
  /** the last attempt, when it failed after the last success */
  lastFailure: { at: number; error: string; reason: BackupReason } | null;
  /** navigator.storage.persist() was asked once, when real data was first written */
  persistAsked: boolean;
};

export const INITIAL_AUTO_BACKUP_STATE: AutoBackupState = {
  enabled: true,
  files: [],
  lastSuccess: null,
  lastFailure: null,
  persistAsked: false,
};

/** The parts of `browser.storage.local` used. */
export type LocalStorage = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
};

/** The stored state, or the initial one when there is none or it does not validate. */
export async function readAutoBackupState(local: LocalStorage): Promise<AutoBackupState> {
  const stored = (await local.get(AUTO_BACKUP_KEY))[AUTO_BACKUP_KEY];
  const parsed = autoBackupStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : { ...INITIAL_AUTO_BACKUP_STATE };
}

/** Applies `change` to the stored state and stores the result. */
export async function updateAutoBackupState(
  local: LocalStorage,
  change: (state: AutoBackupState) => AutoBackupState,
): Promise<AutoBackupState> {
  const next = change(await readAutoBackupState(local));
  await local.set({ [AUTO_BACKUP_KEY]: next });
  return next;
}
