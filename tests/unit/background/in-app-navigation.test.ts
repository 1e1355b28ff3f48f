import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage, onTabLoading, type MatchingEnv } from '@/lib/background/handle-message';
import { installMatching } from '@/lib/background/matching-wiring';
import type { CallprepDB } from '@/lib/db/schema';
import { MESSAGE, TAB_MESSAGE } from '@/lib/messaging';
import { readTabState } from '@/lib/session/tab-state';
import { signal, testDb } from '../match/helpers';

/**
 * Issue 18: without host permission, Chrome reports an in-app navigation
 * (pushState) as `tabs.onUpdated` {status: 'loading'} with no URL, and the tab's
 * state was dropped on each one: the panel and badge blanked until the next
 * signal, and for good if the worker stopped before that signal arrived.
 */
const TAB = 4;
const DOC = 'A1B2C3D4E5F60718293A4B5C6D7E8F90';
const fromGmail = (documentId?: string) => ({
  id: fakeBrowser.runtime.id,
  tab: { id: TAB },
  frameId: 0,
  url: 'https://mail.google.com/mail/u/0/#inbox/1',
  ...(documentId ? { documentId } : {}),
});
const thread = signal({ people: [{ email: 'ada@acme.com', role: 'from' }] });

function envFor(db: CallprepDB, alive: Set<string>): MatchingEnv {
  return {
    db,
    runtimeId: fakeBrowser.runtime.id,
    session: fakeBrowser.storage.session,
    action: fakeBrowser.action,
    now: () => 1_000,
    documentAlive: async (tabId, documentId) => tabId === TAB && alive.has(documentId),
  };
}

async function recognized(env: MatchingEnv, documentId?: string) {
  await handleMessage(env, { type: MESSAGE.pageSignal, signal: thread }, fromGmail(documentId));
  expect((await readTabState(env.session, TAB))?.documentId).toBe(documentId);
}

describe('a URL-less load of a tab whose document reported', () => {
  it('keeps the state through the load, and after it while the document is still there', async () => {
    const env = envFor(testDb(), new Set([DOC]));
    await recognized(env, DOC);
    await onTabLoading(env, TAB, { status: 'loading' });
    expect(await readTabState(env.session, TAB)).toMatchObject({ signal: thread, at: 1_000 });
    await onTabLoading(env, TAB, { status: 'complete' });
    expect(await readTabState(env.session, TAB)).toMatchObject({ signal: thread, at: 1_000 });
  });

  it('forgets it once loaded when that document is gone (the tab left for another site)', async () => {
    const env = envFor(testDb(), new Set());
    await recognized(env, DOC);
    await onTabLoading(env, TAB, { status: 'loading' });
    expect(await readTabState(env.session, TAB)).not.toBeNull();
    await onTabLoading(env, TAB, { status: 'complete' });
    expect(await readTabState(env.session, TAB)).toBeNull();
  });

  it('keeps what a newer page reported while the old document was asked', async () => {
    const env = envFor(testDb(), new Set());
    await recognized(env, DOC);
    const ask = env.documentAlive!;
    env.documentAlive = async (tabId, documentId) => {
      // the new page's content script reports while the answer is on its way
      await handleMessage(env, { type: MESSAGE.pageSignal, signal: thread }, fromGmail('NEW'));
      return ask(tabId, documentId);
    };
    await onTabLoading(env, TAB, { status: 'complete' });
    expect((await readTabState(env.session, TAB))?.documentId).toBe('NEW');
  });

  it('a report without a document (other browsers) is forgotten at once, as before', async () => {
    const env = envFor(testDb(), new Set([DOC]));
    await recognized(env);
    await onTabLoading(env, TAB, { status: 'loading' });
    expect(await readTabState(env.session, TAB)).toBeNull();
  });

  it('the wiring asks the document itself through tabs.sendMessage', async () => {
    fakeBrowser.reset();
    const db = testDb();
    const sendMessage = vi.fn(async (_tab: number, message: unknown, options: object) =>
      (message as { type: string }).type === TAB_MESSAGE.alive &&
      (options as { documentId?: string }).documentId === DOC
        ? true
        : Promise.reject(new Error('No frame with id')),
    );
    const handlers = installMatching(
      { ...fakeBrowser, tabs: { ...fakeBrowser.tabs, sendMessage } },
      () => db,
    );
    await handlers[MESSAGE.pageSignal](
      { type: MESSAGE.pageSignal, signal: thread },
      { tabId: TAB, documentId: DOC },
    );
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { status: 'complete' }, { id: TAB } as never);
    await vi.waitFor(() =>
      expect(sendMessage).toHaveBeenCalledWith(
        TAB,
        { type: TAB_MESSAGE.alive },
        { documentId: DOC },
      ),
    );
    expect(await readTabState(fakeBrowser.storage.session, TAB)).not.toBeNull();
  });
});
