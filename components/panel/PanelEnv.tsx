import { createPageEnv, type BaseEnv, type SendMessage } from '@/components/env/page-env';
import type { CallprepDB } from '@/lib/db/schema';
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

export type PanelEnv = BaseEnv & {
  /** lib/match/learn.ts, loaded when the seller first needs it; null where it is missing */
  loadLearn: () => Promise<LearnApi | null>;
  /** sends a message to the background (rematch, data changed) */
  send: SendMessage;
  /** storage.session, for the PanelTarget; null in tests that do not need it */
  session: SessionArea | null;
  /** the workspace's welcome page */
  welcomeUrl: string;
  /** asks the tab's content script for the page's structure (untrusted: validate it); absent in tests that do not report */
  readPage?: (tabId: number) => Promise<unknown>;
};

export const {
  Provider: PanelEnvProvider,
  useEnv: usePanelEnv,
  /** The current time, refreshed every `everyMs` so "overdue" and "current meeting" stay true. */
  useNow,
} = createPageEnv<PanelEnv>('Panel');
