/**
 * The one protocol between the content script, the background and the extension
 * pages. Types and senders only: this file is bundled into the content script, so
 * it must stay free of zod (validation lives in messaging-schema.ts, used by the
 * background).
 */
import type { PageSignal } from '../recognize/signal';

export const MESSAGE = {
  /** content → background: what this tab shows now (null: nothing recognized) */
  pageSignal: 'callprep/page-signal',
  /** page → background: match this tab again (after the seller linked or created a customer) */
  rematch: 'callprep/rematch',
  /** page → background: meetings or promises changed; refresh badge and reminders */
  dataChanged: 'callprep/data-changed',
  /** content → background: the mailbox signed in on this mail site is the seller's own */
  ownAccount: 'callprep/own-account',
} as const;

export type PageSignalMessage = { type: typeof MESSAGE.pageSignal; signal: PageSignal | null };
export type RematchMessage = { type: typeof MESSAGE.rematch; tabId: number };
export type DataChangedMessage = { type: typeof MESSAGE.dataChanged };
export type OwnAccountMessage = { type: typeof MESSAGE.ownAccount; email: string };
export type Message = PageSignalMessage | RematchMessage | DataChangedMessage | OwnAccountMessage;

/** Key of a tab's recognized page and match in browser.storage.session. */
export function tabStateKey(tabId: number): string {
  return `tab:${tabId}`;
}
