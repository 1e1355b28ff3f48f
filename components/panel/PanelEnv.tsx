import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { CallprepDB } from '@/lib/db/schema';
import type { Message } from '@/lib/messaging';
import type { Own } from '@/lib/match/people';
import type { PageSignal } from '@/lib/recognize/signal';
import type { SessionArea } from '@/lib/session/tab-state';

/**
 * What the panel's components need from the world, passed in so that tests give
 * each one its own database and clock instead of relying on singletons.
 */
export type LearnApi = {
  linkPageToCustomer(
    db: CallprepDB,
    customerId: string,
    signal: PageSignal,
    options: Own,
  ): Promise<unknown>;
  createCustomerFromSignal(
    db: CallprepDB,
    signal: PageSignal,
    options: Own & { name?: string },
  ): Promise<unknown>;
  /** the name "Create from this page" proposes ('' when the page shows none) */
  suggestCustomerName?(signal: PageSignal, options: Own): string;
};

export type PanelEnv = {
  db: CallprepDB;
  now: () => number;
  /** lib/match/learn.ts, loaded when the seller first needs it; null where it is missing */
  loadLearn: () => Promise<LearnApi | null>;
  /** sends a message to the background (rematch, data changed) */
  send: (message: Message) => Promise<unknown>;
  /** storage.session, for the PanelTarget; null in tests that do not need it */
  session: SessionArea | null;
  /** the workspace's welcome page */
  welcomeUrl: string;
};

const Ctx = createContext<PanelEnv | null>(null);

export function PanelEnvProvider({ env, children }: { env: PanelEnv; children: ReactNode }) {
  return <Ctx.Provider value={env}>{children}</Ctx.Provider>;
}

export function usePanelEnv(): PanelEnv {
  const env = useContext(Ctx);
  if (!env) throw new Error('usePanelEnv needs a <PanelEnvProvider>');
  return env;
}

/** The current time, refreshed every `everyMs` so "overdue" and "current meeting" stay true. */
export function useNow(everyMs = 30_000): number {
  const { now } = usePanelEnv();
  const [value, setValue] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setValue(now()), everyMs);
    return () => clearInterval(timer);
  }, [now, everyMs]);
  return value;
}
