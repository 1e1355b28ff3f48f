import {
  MESSAGE,
  type Message,
  type MessageOf,
  type MessageType,
  type ResponseOf,
} from '../messaging';
import { parseMessage } from '../messaging/schema';
import type { Listener, MessageSender } from './browser-types';

/**
 * The background's one `runtime.onMessage` listener: it validates every message
 * (zod, and that this extension sent it) and hands it to the handler for its
 * type. `MessageHandlers` has a key per type of the MessageMap, so a message
 * added there without a handler is a compile error where the handlers are put
 * together (lib/background/index.ts).
 */

/** Messages a content script sends about its own tab: only a tab's top frame may send them. */
const TAB_MESSAGES = [MESSAGE.pageSignal, MESSAGE.ownAccount] as const;
type TabMessageType = (typeof TAB_MESSAGES)[number];

/** Who sent an accepted message: for a tab's own messages, that tab is known. */
export type SenderOf<T extends MessageType> = T extends TabMessageType
  ? { tabId: number }
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

function isTabMessage(message: Message): message is Extract<Message, { type: TabMessageType }> {
  return (TAB_MESSAGES as readonly string[]).includes(message.type);
}

function tabIdOf(sender: MessageSender): number | null {
  const tabId = sender.tab?.id;
  return typeof tabId === 'number' && Number.isInteger(tabId) && tabId >= 0 ? tabId : null;
}

/**
 * The message if it is one of ours, well-formed and sent by this extension, else
 * null (to be ignored). A page signal must come from a tab's top frame: frames
 * inside a page (ads, embedded widgets) never speak for the tab.
 */
export function acceptMessage(
  raw: unknown,
  sender: MessageSender | undefined,
  runtimeId: string,
): Message | null {
  if (!sender || !runtimeId || sender.id !== runtimeId) return null;
  const message = parseMessage(raw);
  if (!message) return null;
  if (isTabMessage(message)) {
    if (tabIdOf(sender) === null) return null;
    if (sender.frameId !== undefined && sender.frameId !== 0) return null;
  }
  return message;
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
  runtimeId: string,
): Promise<ResponseOf<MessageType>> | undefined {
  const message = acceptMessage(raw, sender, runtimeId);
  if (!message || !sender) return undefined;
  const tabId = tabIdOf(sender);
  if (!isTabMessage(message)) return route(handlers, message, { tabId }) ?? undefined;
  // acceptMessage made sure a tab's own message names its tab
  return tabId === null ? undefined : (route(handlers, message, { tabId }) ?? undefined);
}

/** `browser.runtime`, as far as the dispatcher uses it. */
export type MessagingRuntime = {
  id: string;
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
    const answer = dispatchMessage(handlers, raw, sender, runtime.id);
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
