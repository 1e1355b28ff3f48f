import {
  MESSAGE,
  type Message,
  type MessageOf,
  type MessageType,
  type ResponseOf,
} from '../messaging';
import { parseMessage } from '../messaging/schema';
import { MESSAGE_SENDERS, type ContentScriptMessageType } from '../messaging/senders';
import type { Listener, MessageSender } from './browser-types';
import {
  identityOf,
  mayReportOwnAccount,
  originOf,
  senderIs,
  signalFitsSender,
  tabIdOf,
  type ExtensionIdentity,
} from './sender-check';

/**
 * The background's one `runtime.onMessage` listener: it validates every message
 * (zod, that this extension sent it, and from a sender allowed for its type:
 * lib/messaging/senders.ts) and hands it to the handler for its
 * type. `MessageHandlers` has a key per type of the MessageMap, so a message
 * added there without a handler is a compile error where the handlers are put
 * together (lib/background/index.ts).
 */

/**
 * Who sent an accepted message: a content script's tab (and, in Chrome, its
 * document) is known; an extension page may be in no tab.
 */
export type SenderOf<T extends MessageType> = T extends ContentScriptMessageType
  ? { tabId: number; documentId?: string }
  : { tabId: number | null };

/**
 * Handles one message. A message the map answers with `void` gets nothing back
 * (the handler returns nothing, and other listeners keep the last word); the
 * others answer with a promise of the response.
 */
export type MessageHandler<T extends MessageType> = (
  message: MessageOf<T>,
  from: SenderOf<T>,
) => ResponseOf<T> extends void ? void : Promise<ResponseOf<T>>;

export type MessageHandlers = { [T in MessageType]: MessageHandler<T> };

function isContentScriptMessage(
  message: Message,
): message is Extract<Message, { type: ContentScriptMessageType }> {
  return MESSAGE_SENDERS[message.type] === 'content-script';
}

/** What a message claims that only its sender's page can back (beyond who may send it). */
function claimFitsSender(message: Message, sender: MessageSender): boolean {
  switch (message.type) {
    case MESSAGE.pageSignal:
      return signalFitsSender(message.signal, sender.url);
    case MESSAGE.ownAccount:
      return mayReportOwnAccount(sender.url);
    default:
      return true;
  }
}

/**
 * The message if it is one of ours, well-formed, sent by this extension, by the
 * kind of sender MESSAGE_SENDERS allows for its type, and claiming nothing its
 * sender's page cannot back; else null (to be ignored).
 */
export function acceptMessage(
  raw: unknown,
  sender: MessageSender | undefined,
  runtime: string | ExtensionIdentity,
): Message | null {
  const extension = identityOf(runtime);
  if (!sender || !extension.id || sender.id !== extension.id) return null;
  const message = parseMessage(raw);
  if (!message) return null;
  if (!senderIs(MESSAGE_SENDERS[message.type], sender, extension)) return null;
  return claimFitsSender(message, sender) ? message : null;
}

function route<T extends MessageType>(
  handlers: Partial<MessageHandlers>,
  message: MessageOf<T>,
  from: SenderOf<T>,
): Promise<ResponseOf<T>> | void {
  const handler: MessageHandler<T> | undefined = handlers[message.type];
  return handler?.(message, from);
}

/**
 * Validates `raw` and routes it: undefined when it is ignored or answered by
 * nobody, else the promise of the answer. Checked synchronously, so a listener
 * knows at once whether it will answer. `handlers` may be a part's own (tests,
 * handleMessage); the worker's listener takes them all.
 */
export function dispatchMessage(
  handlers: Partial<MessageHandlers>,
  raw: unknown,
  sender: MessageSender | undefined,
  runtime: string | ExtensionIdentity,
): Promise<ResponseOf<MessageType>> | undefined {
  const message = acceptMessage(raw, sender, runtime);
  if (!message || !sender) return undefined;
  const tabId = tabIdOf(sender);
  if (!isContentScriptMessage(message)) return route(handlers, message, { tabId }) ?? undefined;
  // acceptMessage made sure a content script's message names its tab
  if (tabId === null) return undefined;
  const documentId = typeof sender.documentId === 'string' ? sender.documentId : undefined;
  return route(handlers, message, documentId ? { tabId, documentId } : { tabId }) ?? undefined;
}

/** `browser.runtime`, as far as the dispatcher uses it. */
export type MessagingRuntime = {
  id: string;
  /** the origin of this extension's pages (`getURL('/')`): Firefox's is not its id */
  getURL(path: string): string;
  onMessage: Pick<
    Listener<
      (
        message: unknown,
        sender: MessageSender,
        sendResponse?: (response?: unknown) => void,
      ) => true | undefined
    >,
    'addListener'
  >;
};

/**
 * Registers the one message listener. Call once, synchronously, from
 * defineBackground's main, so a restarted worker receives the event that woke it.
 */
export function installMessageDispatcher(
  runtime: MessagingRuntime,
  handlers: MessageHandlers,
): void {
  runtime.onMessage.addListener((raw, sender, sendResponse) => {
    // Anything not ours, or answered by nobody: return nothing, other listeners may answer.
    const extension = { id: runtime.id, origin: originOf(runtime.getURL('/')) ?? '' };
    const answer = dispatchMessage(handlers, raw, sender, extension);
    if (!answer) return undefined;
    answer.then(
      (response) => sendResponse?.(response ?? null),
      (error) => {
        console.error('Callprep: message failed', error);
        sendResponse?.(null);
      },
    );
    return true; // the answer (the tab's state) comes asynchronously
  });
}
