import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { CallprepDB } from '@/lib/db/schema';
import { MESSAGE, type Message } from '@/lib/messaging';
import type { PanelTarget } from '@/lib/session/panel-target';
import type { TabState } from '@/lib/session/tab-state';

/**
 * What the popup needs from the world, passed in (entrypoints/popup/main.tsx
 * builds the real one) so tests use their own database, clock and spies.
 */
export type PopupEnv = {
  db: CallprepDB;
  now: () => number;
  /** tells the background that meetings or promises changed (badge, reminders) */
  send: (message: Message) => Promise<unknown>;
  /** what the active tab shows and which customer it matched, if anything */
  loadTabState: () => Promise<TabState | null>;
  /**
   * Opens the side panel on a customer/meeting, or (null) on whatever the active
   * tab shows. Call it synchronously from a click handler: Chrome's
   * sidePanel.open() needs the user gesture.
   */
  openPanel: (target: PanelTarget | null) => Promise<unknown>;
  /** a workspace (options page) URL, e.g. workspaceUrl('#welcome') */
  workspaceUrl: (hash: string) => string;
};

const Ctx = createContext<PopupEnv | null>(null);

export function PopupEnvProvider({ env, children }: { env: PopupEnv; children: ReactNode }) {
  return <Ctx.Provider value={env}>{children}</Ctx.Provider>;
}

export function usePopupEnv(): PopupEnv {
  const env = useContext(Ctx);
  if (!env) throw new Error('usePopupEnv needs a <PopupEnvProvider>');
  return env;
}

/** The env's clock, re-read every `everyMs` so "overdue" and "today" stay true. */
export function usePopupNow(everyMs = 30_000): number {
  const { now } = usePopupEnv();
  const [value, setValue] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setValue(now()), everyMs);
    return () => clearInterval(timer);
  }, [now, everyMs]);
  return value;
}

/** After a write: tell the background, never failing the write over it. */
export function notifyChanged(env: Pick<PopupEnv, 'send'>): void {
  env.send({ type: MESSAGE.dataChanged }).catch(() => {});
}
