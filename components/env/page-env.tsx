import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { CallprepDB } from '@/lib/db/schema';
import type { Message } from '@/lib/messaging';

/**
 * How each extension page (popup, side panel, workspace) receives the world:
 * its entrypoint builds the page's environment from the real APIs, one
 * provider hands it down, and components read it with the page's hook; tests
 * render with their own database, clock and fakes instead of singletons.
 * A page's environment module is one `createPageEnv<ItsEnv>()` call and the type
 * of what it needs (components/popup/env.tsx, components/panel/PanelEnv.tsx,
 * components/workspace/env.tsx).
 */

/** What every page needs. */
export type BaseEnv = {
  db: CallprepDB;
  now: () => number;
};

/** Sends one of our messages to the background (lib/messaging); resolves to its answer. */
export type SendMessage = (message: Message) => Promise<unknown>;

export type PageEnvKit<E extends BaseEnv> = {
  /** hands `env` to everything rendered inside it */
  Provider: (props: { env: E; children: ReactNode }) => ReactNode;
  /** the environment of the provider above; throws when there is none (a wiring bug) */
  useEnv: () => E;
  /** the env's clock, re-read every `everyMs` so "overdue", "today" and "current meeting" stay true */
  useNow: (everyMs?: number) => number;
};

/** The provider and hooks of one page's environment; `page` names them in the missing-provider error. */
export function createPageEnv<E extends BaseEnv>(page: string): PageEnvKit<E> {
  const Ctx = createContext<E | null>(null);

  function Provider({ env, children }: { env: E; children: ReactNode }) {
    return <Ctx.Provider value={env}>{children}</Ctx.Provider>;
  }

  function useEnv(): E {
    const env = useContext(Ctx);
    if (!env) throw new Error(`use${page}Env needs a <${page}EnvProvider>`);
    return env;
  }

  function useNow(everyMs = 30_000): number {
    const { now } = useEnv();
    const [value, setValue] = useState(now);
    useEffect(() => {
      const timer = setInterval(() => setValue(now()), everyMs);
      return () => clearInterval(timer);
    }, [now, everyMs]);
    return value;
  }

  return { Provider, useEnv, useNow };
}
