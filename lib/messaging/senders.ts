/**
 * Who may send each message. A content script runs in the page's process, so
 * what it sends is what that page says: it may speak about its own tab, never
 * read other tabs or the database. Types only beside ./index.ts, no zod: the
 * background checks this table in lib/background/dispatch.ts.
 */
import { MESSAGE, type MessageType } from './';

/**
 * - `content-script`: a tab's top frame, on an http(s) page, about that tab only.
 * - `extension-page`: a page of this extension (side panel, popup, workspace).
 */
export type SenderKind = 'content-script' | 'extension-page';

/** One entry per message type: a message added to MESSAGE without one does not compile. */
export const MESSAGE_SENDERS = {
  // What the sender's own tab shows (checked against the sender's URL too).
  [MESSAGE.pageSignal]: 'content-script',
  // Reads another tab's page and the customers: extension pages only.
  [MESSAGE.rematch]: 'extension-page',
  // Re-reads every meeting and promise; only pages that write them send it.
  [MESSAGE.dataChanged]: 'extension-page',
  // The seller's own mailbox, from a mail site that shows it (lib/background/sender-check.ts).
  [MESSAGE.ownAccount]: 'content-script',
} as const satisfies { [T in MessageType]: SenderKind };

export type ContentScriptMessageType = {
  [T in MessageType]: (typeof MESSAGE_SENDERS)[T] extends 'content-script' ? T : never;
}[MessageType];
