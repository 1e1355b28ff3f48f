import { createPageEnv, type BaseEnv } from '@/components/env/page-env';
import type { CustomHostsApi } from '@/lib/sites/custom-hosts';
import type { AutoBackupPageApi } from '@/lib/backup/toggle';
import { describeSaveError } from '@/lib/io/errors';

/** The parts of `navigator.storage` the workspace uses. */
export type StorageApi = Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>;

/**
 * What the workspace's sections need from the world, passed in so tests give each
 * render its own database and fake browser APIs.
 */
export type WorkspaceEnv = BaseEnv & {
  /** browser.permissions / browser.scripting; null where unavailable */
  hosts: CustomHostsApi | null;
  /** navigator.storage; null where unavailable */
  storage: StorageApi | null;
  /** browser.permissions / downloads / storage.local for the automatic backup; absent in tests that need none */
  backup?: AutoBackupPageApi | null;
  // No "data changed" callback: entrypoints/options/main.tsx watches every write
  // (lib/messaging/data-changed.ts) and tells the background.
};

export const { Provider: WorkspaceEnvProvider, useEnv: useWorkspaceEnv } =
  createPageEnv<WorkspaceEnv>('Workspace');

/** The message of anything thrown, for showing as text (a full disk says what to do). */
export function errorText(e: unknown): string {
  return describeSaveError(e);
}
