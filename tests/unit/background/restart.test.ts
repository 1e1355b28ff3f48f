import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage, type MatchingEnv } from '@/lib/background/handle-message';
import { installMessageDispatcher } from '@/lib/background/dispatch';
import { installMatching } from '@/lib/background/matching-wiring';
import { MESSAGE } from '@/lib/messaging';
import type { CallprepDB } from '@/lib/db/schema';
import { readTabState } from '@/lib/session/tab-state';
import { addContact, addCustomer, signal, testDb } from '../match/helpers';

const TAB = 12;

/** Runs the onMessage listeners as the browser does: message, sender, sendResponse. */
const deliver = (message: unknown, sender: object, sendResponse: (r?: unknown) => void) =>
  (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>)(
    message,
    sender,
    sendResponse,
  );
/** What a worker's main registers for matching: its tab listeners and the one dispatcher. */
function listenLikeAWorker(getDb: () => CallprepDB) {
  installMessageDispatcher(fakeBrowser.runtime, {
    ...installMatching(fakeBrowser, getDb),
    [MESSAGE.dataChanged]: () => {}, // before-meeting's, not installed here
  });
}
/** Where the senders are: a Gmail tab's content script, and the side panel. */
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/1';
const PANEL = `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html`;
const thread = signal({ people: [{ name: 'Ada', email: 'ada@acme.com', role: 'from' }] });

/** Everything a worker builds when it starts: a database handle and the handlers' environment. */
function startWorker(dbName: string): MatchingEnv {
  return {
    db: testDb(dbName),
    runtimeId: fakeBrowser.runtime.id,
    session: fakeBrowser.storage.session,
    action: fakeBrowser.action,
    now: Date.now,
  };
}

describe('service-worker restart', () => {
  it('keeps the per-tab match, and rematch still works, after every in-memory object is gone', async () => {
    const dbName = 'test-' + crypto.randomUUID();
    const worker: MatchingEnv = startWorker(dbName);
    const acme = await addCustomer(worker.db, { name: 'Acme', domains: ['acme.com'] });
    const first = await handleMessage(
      worker,
      { type: MESSAGE.pageSignal, signal: thread },
      { id: fakeBrowser.runtime.id, tab: { id: TAB }, url: GMAIL },
    );
    expect(first!.match).toMatchObject({ customerId: acme.id, via: 'domain' });

    // The worker dies: its database connection and every object it held are gone.
    worker.db.close();

    // A new worker starts from scratch, with only the browser's session storage and IndexedDB.
    const restarted = startWorker(dbName);
    expect(await readTabState(restarted.session, TAB)).toEqual(first);

    // The seller adds Ada as a contact (side panel), then asks for a rematch.
    await addContact(restarted.db, { customerId: acme.id, name: 'Ada', emails: ['ada@acme.com'] });
    const again = await handleMessage(
      restarted,
      { type: MESSAGE.rematch, tabId: TAB },
      { id: fakeBrowser.runtime.id, url: PANEL },
    );
    expect(again!.match).toMatchObject({ customerId: acme.id, via: 'email' });
    expect(await readTabState(fakeBrowser.storage.session, TAB)).toEqual(again);
  });

  it('the wired listeners work again after the worker restarts', async () => {
    const dbName = 'test-' + crypto.randomUUID();
    const seed = testDb(dbName);
    const acme = await addCustomer(seed, { name: 'Acme', domains: ['acme.com'] });
    seed.close();

    const start = () => listenLikeAWorker(() => testDb(dbName));
    start();
    const reply = vi.fn();
    const kept = await deliver(
      { type: MESSAGE.pageSignal, signal: thread },
      { id: fakeBrowser.runtime.id, tab: { id: TAB }, frameId: 0, url: GMAIL },
      reply,
    );
    expect(kept).toEqual([true]); // the answer comes asynchronously
    await vi.waitFor(() => expect(reply).toHaveBeenCalled());
    expect(reply.mock.calls[0]![0]).toMatchObject({ match: { customerId: acme.id } });

    // Restart: the old listeners are gone with the old worker; main() registers new ones.
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.tabs.onRemoved.removeAllListeners();
    fakeBrowser.tabs.onUpdated.removeAllListeners();
    start();
    expect((await readTabState(fakeBrowser.storage.session, TAB))!.match!.customerId).toBe(acme.id);

    const reply2 = vi.fn();
    await deliver(
      { type: MESSAGE.rematch, tabId: TAB },
      { id: fakeBrowser.runtime.id, url: PANEL },
      reply2,
    );
    await vi.waitFor(() => expect(reply2).toHaveBeenCalled());
    expect(reply2.mock.calls[0]![0]).toMatchObject({ match: { customerId: acme.id } });

    // Closing the tab forgets it.
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () =>
      expect(await readTabState(fakeBrowser.storage.session, TAB)).toBeNull(),
    );
  });

  it('the wired listener ignores what is not ours, and leaves dataChanged to others', async () => {
    listenLikeAWorker(() => testDb());
    const reply = vi.fn();
    const results = await deliver(
      { type: MESSAGE.pageSignal, signal: thread },
      { id: 'another-extension', tab: { id: TAB } },
      reply,
    );
    expect(results).toEqual([undefined]);
    expect(
      await deliver({ type: MESSAGE.dataChanged }, { id: fakeBrowser.runtime.id }, reply),
    ).toEqual([undefined]);
    expect(reply).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
