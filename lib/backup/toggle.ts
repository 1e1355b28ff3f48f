import { readAutoBackupState, updateAutoBackupState } from './state';
import {
  DOWNLOADS_PERMISSION,
  writeAutoBackup,
  type AutoBackupBrowser,
  type AutoBackupEnv,
  type BackupResult,
} from './write';

type Permissions = { permissions?: string[] };

type StorageChanged = (changes: Record<string, unknown>, area: string) => void;

/** What the Settings switch and the Data section use of `browser` (WXT's `browser` passes as it is). */
export type AutoBackupPageApi = AutoBackupBrowser & {
  storage: {
    onChanged?: {
      addListener(fn: StorageChanged): void;
      removeListener(fn: StorageChanged): void;
    };
  };
  permissions: {
    request(p: Permissions): Promise<boolean>;
    remove(p: Permissions): Promise<boolean>;
    contains(p: Permissions): Promise<boolean>;
  };
};

export const PERMISSION_REFUSED =
  'Automatic backup stays off: the browser was not allowed to let Callprep save files to your Downloads folder. Turn it on again and choose Allow to keep a daily copy outside the browser.';

/** On: the permission is granted and the seller has not switched it off. */
export async function isAutoBackupOn(api: AutoBackupPageApi): Promise<boolean> {
  const [granted, state] = await Promise.all([
    api.permissions.contains(DOWNLOADS_PERMISSION).catch(() => false),
    readAutoBackupState(api.storage.local),
  ]);
  return granted && state.enabled;
}

export type TurnOnResult = { on: true; first: BackupResult } | { on: false; error: string };

/**
 * Turns automatic backup on. Call it from the click itself, before any await:
 * `permissions.request` needs that user gesture, and is the first thing done.
 * Once granted, the first backup is written at once (so the seller sees it work).
 */
export function turnAutoBackupOn(
  api: AutoBackupPageApi,
  env: Omit<AutoBackupEnv, 'browser'>,
): Promise<TurnOnResult> {
  let asked: Promise<boolean>;
  try {
    asked = api.permissions.request(DOWNLOADS_PERMISSION);
  } catch (e) {
    asked = Promise.reject(e);
  }
  return asked.then(
    async (granted): Promise<TurnOnResult> => {
      if (!granted) return { on: false, error: PERMISSION_REFUSED };
      await updateAutoBackupState(api.storage.local, (s) => ({ ...s, enabled: true }));
      return { on: true, first: await writeAutoBackup({ ...env, browser: api }, 'manual') };
    },
    (e: unknown) => ({
      on: false,
      error: `${PERMISSION_REFUSED} (${e instanceof Error ? e.message : String(e)})`,
    }),
  );
}

/**
 * Turns automatic backup off and gives the permission back (the files already
 * written stay where they are: they are the seller's).
 */
export async function turnAutoBackupOff(api: AutoBackupPageApi): Promise<void> {
  await updateAutoBackupState(api.storage.local, (s) => ({ ...s, enabled: false }));
  await api.permissions.remove(DOWNLOADS_PERMISSION).catch(() => false);
}
