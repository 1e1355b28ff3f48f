import { createContext, useContext, type ReactNode } from 'react';
import type { CustomHostsApi } from '@/lib/sites/custom-hosts';
import type { CallprepDB } from '@/lib/db/schema';
import { describeSaveError } from '@/lib/io/errors';

/** The parts of `navigator.storage` the workspace uses. */
export type StorageApi = {
  persisted(): Promise<boolean>;
  persist(): Promise<boolean>;
  estimate(): Promise<{ usage?: number; quota?: number }>;
};

/**
 * What the workspace's sections need from the world, passed in so tests give each
 * render its own database and fake browser APIs.
 */
export type WorkspaceEnv = {
  db: CallprepDB;
  now: () => number;
  /** browser.permissions / browser.scripting; null where unavailable */
  hosts: CustomHostsApi | null;
  /** navigator.storage; null where unavailable */
  storage: StorageApi | null;
  // No "data changed" callback: entrypoints/options/main.tsx watches every write
  // (lib/messaging/data-changed.ts) and tells the background.
};

const Ctx = createContext<WorkspaceEnv | null>(null);

export function WorkspaceEnvProvider({
  env,
  children,
}: {
  env: WorkspaceEnv;
  children: ReactNode;
}) {
  return <Ctx.Provider value={env}>{children}</Ctx.Provider>;
}

export function useWorkspaceEnv(): WorkspaceEnv {
  const env = useContext(Ctx);
  if (!env) throw new Error('useWorkspaceEnv needs a <WorkspaceEnvProvider>');
  return env;
}

/** The message of anything thrown, for showing as text (a full disk says what to do). */
export function errorText(e: unknown): string {
  return describeSaveError(e);
}
