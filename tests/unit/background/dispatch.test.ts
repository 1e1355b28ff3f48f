import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  dispatchMessage,
  installMessageDispatcher,
  type MessageHandlers,
} from '@/lib/background/dispatch';
import { MESSAGE } from '@/lib/messaging';
import { messageSchemas } from '@/lib/messaging/schema';
import type { TabState } from '@/lib/session/tab-state';

const ID = fakeBrowser.runtime.id;
const fromTab = (tabId: number) => ({
  id: ID,
  tab: { id: tabId },
  frameId: 0,
  url: 'https://mail.google.com/mail/u/0/#inbox',
});
const fromPage = { id: ID, url: `chrome-extension://${ID}/popup.html` };
const state = (at: number): TabState => ({ signal: null, match: null, at });

/** Handlers that record what reached them and answer with a state stamped by the tab. */
function recordingHandlers() {
  const calls: string[] = [];
  const handlers: MessageHandlers = {
    [MESSAGE.pageSignal]: async (_, from) => (calls.push(`pageSignal@${from.tabId}`), state(1)),
    [MESSAGE.rematch]: async (m, from) => (calls.push(`rematch ${m.tabId}@${from.tabId}`), null),
    [MESSAGE.ownAccount]: async (m, from) => (calls.push(`own ${m.email}@${from.tabId}`), state(2)),
    [MESSAGE.dataChanged]: () => void calls.push('dataChanged'),
  };
  return { calls, handlers };
}

describe('the one message dispatcher', () => {
  it('hands each message to the handler of its type, with the sending tab', async () => {
    const { calls, handlers } = recordingHandlers();
    await dispatchMessage(handlers, { type: MESSAGE.pageSignal, signal: null }, fromTab(4), ID);
    await dispatchMessage(handlers, { type: MESSAGE.rematch, tabId: 9 }, fromPage, ID);
    await dispatchMessage(
      handlers,
      { type: MESSAGE.ownAccount, email: ' Sam@Example.com ' },
      fromTab(5),
      ID,
    );
    expect(dispatchMessage(handlers, { type: MESSAGE.dataChanged }, fromPage, ID)).toBeUndefined();
    expect(calls).toEqual([
      'pageSignal@4',
      'rematch 9@null',
      'own sam@example.com@5',
      'dataChanged',
    ]);
  });

  it('routes nothing that is malformed, foreign, or a tab’s message without its tab', () => {
    const { calls, handlers } = recordingHandlers();
    const ignored = [
      dispatchMessage(handlers, { type: MESSAGE.rematch, tabId: -1 }, fromPage, ID),
      dispatchMessage(handlers, { type: 'toString' }, fromPage, ID),
      dispatchMessage(handlers, { type: MESSAGE.dataChanged }, { id: 'someone-else' }, ID),
      dispatchMessage(handlers, { type: MESSAGE.pageSignal, signal: null }, fromPage, ID),
      dispatchMessage(handlers, null, fromPage, ID),
    ];
    expect(ignored).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(calls).toEqual([]);
  });

  it('answers asynchronously when the handler answers, and not at all when it does not', async () => {
    fakeBrowser.reset();
    const { handlers } = recordingHandlers();
    handlers[MESSAGE.rematch] = async () => {
      throw new Error('database closed');
    };
    installMessageDispatcher(fakeBrowser.runtime, handlers);
    const trigger = fakeBrowser.runtime.onMessage.trigger as (
      ...a: unknown[]
    ) => Promise<unknown[]>;

    const reply = vi.fn();
    expect(await trigger({ type: MESSAGE.pageSignal, signal: null }, fromTab(3), reply)).toEqual([
      true,
    ]);
    await vi.waitFor(() => expect(reply).toHaveBeenCalledWith(state(1)));

    const silent = vi.fn();
    expect(await trigger({ type: MESSAGE.dataChanged }, fromPage, silent)).toEqual([undefined]);

    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failed = vi.fn();
    expect(await trigger({ type: MESSAGE.rematch, tabId: 3 }, fromPage, failed)).toEqual([true]);
    await vi.waitFor(() => expect(failed).toHaveBeenCalledWith(null));
    expect(error).toHaveBeenCalled();
    error.mockRestore();
    expect(silent).not.toHaveBeenCalled();
  });

  it('every message type has its schema', () => {
    expect(Object.keys(messageSchemas).sort()).toEqual(Object.values(MESSAGE).sort());
  });

  it('a message type without a handler does not compile', () => {
    const { handlers } = recordingHandlers();
    const { [MESSAGE.dataChanged]: _dropped, ...withoutOne } = handlers;
    // @ts-expect-error dataChanged has no handler (tsc fails here if this ever compiles)
    const incomplete: MessageHandlers = withoutOne;
    expect(Object.keys(incomplete)).toHaveLength(3);
  });
});
