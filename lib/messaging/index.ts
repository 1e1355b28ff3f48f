/**
 * The one protocol between the content script, the background and the extension
 * pages: every message, what it carries and what the background answers. Types
 * and names only: this file is bundled into the content script, so it stays
 * free of zod (the schemas, one per message, are in ./schema.ts; the background
 * validates and routes in lib/background/dispatch.ts).
 */
import type { PageSignal } from '../recognize/signal';
import type { PageStructure } from '../report/page-structure';
import type { TabState } from '../session/tab-state';

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

export type MessageType = (typeof MESSAGE)[keyof typeof MESSAGE];

/**
 * What each message carries besides its `type`, and what the background sends
 * back (`null`: nothing recorded for the tab, or the message was not acted on).
 */
export type MessageMap = {
  [MESSAGE.pageSignal]: { request: { signal: PageSignal | null }; response: TabState | null };
  [MESSAGE.rematch]: { request: { tabId: number }; response: TabState | null };
  /** answered by nobody: the badge and reminders refresh in the background */
  [MESSAGE.dataChanged]: { request: Record<never, never>; response: void };
  [MESSAGE.ownAccount]: { request: { email: string }; response: TabState | null };
};

/** The message of type `T`, as sent. */
export type MessageOf<T extends MessageType> = { type: T } & MessageMap[T]['request'];
/** What the background answers to a message of type `T`. */
export type ResponseOf<T extends MessageType> = MessageMap[T]['response'];
/** Any of our messages. */
export type Message = { [T in MessageType]: MessageOf<T> }[MessageType];

export type PageSignalMessage = MessageOf<typeof MESSAGE.pageSignal>;
export type RematchMessage = MessageOf<typeof MESSAGE.rematch>;
export type DataChangedMessage = MessageOf<typeof MESSAGE.dataChanged>;
export type OwnAccountMessage = MessageOf<typeof MESSAGE.ownAccount>;

/**
 * What an extension page (or the background) asks a tab's content script
 * (`browser.tabs.sendMessage`): the background never answers these, so they are
 * not in the MessageMap.
 * The answer comes from the page and is untrusted: the asker validates it with the
 * reply's schema in ./schema.ts before use.
 */
export const TAB_MESSAGE = {
  /** side panel → content: the page's structure, for "Report this page" */
  pageStructure: 'callprep/page-structure',
  /** background → content: is the document that reported still there (after a URL-less load)? */
  alive: 'callprep/alive',
} as const;

export type TabMessageMap = {
  [TAB_MESSAGE.pageStructure]: { request: Record<never, never>; response: PageStructure };
  [TAB_MESSAGE.alive]: { request: Record<never, never>; response: true };
};

export type TabMessageType = (typeof TAB_MESSAGE)[keyof typeof TAB_MESSAGE];
export type TabMessageOf<T extends TabMessageType> = { type: T } & TabMessageMap[T]['request'];
export type PageStructureRequest = TabMessageOf<typeof TAB_MESSAGE.pageStructure>;
export type AliveRequest = TabMessageOf<typeof TAB_MESSAGE.alive>;
