import { readPanelTargets, setPanelTarget } from '@/lib/session/panel-target';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { acceptMessage } from '@/lib/background/dispatch';
import {
  forgetTab,
  handleMessage,
  onTabLoading,
  type MatchingEnv,
} from '@/lib/background/handle-message';
import { BADGE_COLORS } from '@/lib/background/readiness-badge';
import { updateSettings } from '@/lib/db/settings';
import type { CallprepDB } from '@/lib/db/schema';
import { MESSAGE } from '@/lib/messaging';
import { GLOBAL_BADGE_KEY, tabStateKey } from '@/lib/session/keys';
import { readTabState } from '@/lib/session/tab-state';
import { addContact, addCustomer, signal, testDb } from '../match/helpers';

const TAB = 7;

function envFor(db: CallprepDB, now = () => 1_000): MatchingEnv {
  return {
    db,
    runtimeId: fakeBrowser.runtime.id,
    session: fakeBrowser.storage.session,
    action: fakeBrowser.action,
    now,
  };
}

const fromContent = (tabId = TAB) => ({
  id: fakeBrowser.runtime.id,
  tab: { id: tabId },
  frameId: 0,
  url: 'https://mail.google.com/mail/u/0/',
});
const fromPanel = () => ({
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html`,
});

const acmeThread = signal({
  people: [
    { name: 'Me', email: 'me@callprep.app', role: 'from' },
    { name: 'Ada', email: 'ada@acme.com', role: 'to' },
  ],
});
const pageSignal = (s = acmeThread) => ({ type: MESSAGE.pageSignal, signal: s });

describe('acceptMessage', () => {
  it('accepts our well-formed messages from our extension', () => {
    expect(acceptMessage(pageSignal(), fromContent(), fakeBrowser.runtime.id)).not.toBeNull();
    expect(
      acceptMessage({ type: MESSAGE.rematch, tabId: 3 }, fromPanel(), fakeBrowser.runtime.id),
    ).toEqual({ type: MESSAGE.rematch, tabId: 3 });
  });

  it('ignores another extension, a web page, or no sender id', () => {
    const id = fakeBrowser.runtime.id;
    expect(acceptMessage(pageSignal(), { ...fromContent(), id: 'evil-extension' }, id)).toBeNull();
    expect(acceptMessage(pageSignal(), { tab: { id: 1 } }, id)).toBeNull();
    expect(acceptMessage(pageSignal(), undefined, id)).toBeNull();
    expect(acceptMessage(pageSignal(), fromContent(), '')).toBeNull();
  });

  it('ignores bad shapes and unknown types', () => {
    const id = fakeBrowser.runtime.id;
    for (const bad of [
      null,
      'callprep/page-signal',
      { type: 'callprep/unknown' },
      { type: MESSAGE.pageSignal },
      {
        type: MESSAGE.pageSignal,
        signal: { site: 'myspace', view: 'thread', url: 'x', people: [] },
      },
      { type: MESSAGE.pageSignal, signal: { ...acmeThread, people: [{ role: 'boss' }] } },
      { type: MESSAGE.rematch, tabId: -1 },
      { type: MESSAGE.rematch, tabId: '3' },
    ]) {
      expect(acceptMessage(bad, fromContent(), id), JSON.stringify(bad)).toBeNull();
    }
  });

  it('takes page signals only from a tab’s top frame', () => {
    const id = fakeBrowser.runtime.id;
    expect(acceptMessage(pageSignal(), fromPanel(), id)).toBeNull();
    expect(acceptMessage(pageSignal(), { ...fromContent(), frameId: 3 }, id)).toBeNull();
    expect(acceptMessage(pageSignal(), { ...fromContent(), tab: {} }, id)).toBeNull();
  });
});

describe('handleMessage', () => {
  it('matches a page signal and stores {signal, match, at} for the tab', async () => {
    const db = testDb();
    const acme = await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    const state = await handleMessage(envFor(db), pageSignal(), fromContent());
    expect(state).toMatchObject({ match: { customerId: acme.id, via: 'domain' }, at: 1_000 });
    const stored = await readTabState(fakeBrowser.storage.session, TAB);
    expect(stored).toEqual(state);
    expect(stored!.signal!.people).toHaveLength(2);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('●');
  });

  it('keeps the overdue `!` on a tab recognized while a promise of ours is overdue', async () => {
    const db = testDb();
    await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    await fakeBrowser.storage.session.set({
      [GLOBAL_BADGE_KEY]: {
        kind: 'overdue',
        text: '!',
        color: BADGE_COLORS.overdue,
        title: 'Callprep — overdue promise: “Send the plan”',
      },
    });
    await handleMessage(envFor(db), pageSignal(), fromContent());
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toBe(
      'Callprep — overdue promise: “Send the plan” · This tab: Acme (email domain acme.com)',
    );
  });

  it('a tab recognized while the next meeting is coming shows its readiness, the match in the tooltip', async () => {
    const db = testDb();
    await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    await fakeBrowser.storage.session.set({
      [GLOBAL_BADGE_KEY]: {
        kind: 'meeting',
        text: '60%',
        color: BADGE_COLORS.partial,
        title: 'Callprep — next: Check-in with Acme in 2 hours: 60% ready',
      },
    });
    await handleMessage(envFor(db), pageSignal(), fromContent());
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('60%');
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toBe(
      'Callprep — next: Check-in with Acme in 2 hours: 60% ready · This tab: Acme (email domain acme.com)',
    );
  });

  it('uses the settings’ own domains', async () => {
    const db = testDb();
    await addCustomer(db, { name: 'Callprep', domains: ['callprep.app'] });
    const acme = await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    const before = await handleMessage(envFor(db), pageSignal(), fromContent());
    expect(before!.match!.ambiguous).toBe(true); // the seller's own company looks like a customer…
    await updateSettings(db, { ownDomains: ['callprep.app'] });
    const after = await handleMessage(envFor(db), pageSignal(), fromContent());
    expect(after!.match).toMatchObject({ customerId: acme.id, ambiguous: false, candidates: [] });
  });

  it('treats a site the seller switched off as nothing recognized', async () => {
    const db = testDb();
    await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    await updateSettings(db, { disabledSites: [acmeThread.site] });
    const state = await handleMessage(envFor(db), pageSignal(), fromContent());
    expect(state).toMatchObject({ signal: null, match: null });
    await updateSettings(db, { disabledSites: [] });
    expect((await handleMessage(envFor(db), pageSignal(), fromContent()))!.match).not.toBeNull();
  });

  it('stores an unmatched page with match null, and a null signal (unrecognized page)', async () => {
    const db = testDb();
    const unmatched = await handleMessage(envFor(db), pageSignal(), fromContent());
    expect(unmatched).toMatchObject({ match: null });
    expect(unmatched!.signal).not.toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');

    await handleMessage(envFor(db), { type: MESSAGE.pageSignal, signal: null }, fromContent());
    expect(await readTabState(fakeBrowser.storage.session, TAB)).toEqual({
      signal: null,
      match: null,
      at: 1_000,
    });
  });

  it('writes nothing for ignored messages', async () => {
    const db = testDb();
    await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    const env = envFor(db);
    expect(
      await handleMessage(env, pageSignal(), { ...fromContent(), id: 'other' }),
    ).toBeUndefined();
    expect(await handleMessage(env, { type: 'nope' }, fromContent())).toBeUndefined();
    expect(await handleMessage(env, { type: MESSAGE.dataChanged }, fromPanel())).toBeUndefined();
    expect(await handleMessage(env, { ...pageSignal(), signal: 5 }, fromContent())).toBeUndefined();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('sanitizes page-derived text before storing it', async () => {
    const db = testDb();
    const state = await handleMessage(
      envFor(db),
      pageSignal(signal({ company: '  Acme\u202e\u0000  Corp ', people: [] })),
      fromContent(),
    );
    expect(state!.signal!.company).toBe('Acme Corp');
  });

  it('keeps the newer page when an older match finishes later', async () => {
    const db = testDb();
    await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    let clock = 5_000;
    const env = envFor(db, () => clock);
    await handleMessage(env, { type: MESSAGE.pageSignal, signal: null }, fromContent());
    clock = 4_000; // a page signal received earlier, finishing now
    const late = await handleMessage(env, pageSignal(), fromContent());
    expect(late).toMatchObject({ signal: null, at: 5_000 });
    expect((await readTabState(fakeBrowser.storage.session, TAB))!.signal).toBeNull();
  });

  it('rematch re-runs the match for the tab’s stored page', async () => {
    const db = testDb();
    const env = envFor(db);
    await handleMessage(env, pageSignal(), fromContent());
    expect((await readTabState(fakeBrowser.storage.session, TAB))!.match).toBeNull();

    const acme = await addCustomer(db, { name: 'Acme' });
    await addContact(db, { customerId: acme.id, name: 'Ada', emails: ['ada@acme.com'] });
    const state = await handleMessage(
      { ...env, now: () => 2_000 },
      { type: MESSAGE.rematch, tabId: TAB },
      fromPanel(),
    );
    expect(state).toMatchObject({ match: { customerId: acme.id, via: 'email' }, at: 2_000 });
    expect(await readTabState(fakeBrowser.storage.session, TAB)).toEqual(state);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('●');
  });

  it('rematch of a tab with nothing recorded does nothing', async () => {
    const db = testDb();
    expect(
      await handleMessage(envFor(db), { type: MESSAGE.rematch, tabId: 99 }, fromPanel()),
    ).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('records the page even when matching throws', async () => {
    const db = testDb();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(db, 'transaction').mockImplementation(() => {
      throw new Error('disk on fire');
    });
    const state = await handleMessage(envFor(db), pageSignal(), fromContent());
    expect(state).toMatchObject({ match: null });
    expect(state!.signal).not.toBeNull();
    expect(error).toHaveBeenCalled();
  });
});

describe('tabs closing and navigating away', () => {
  it('forgets a closed tab, and only that tab', async () => {
    const db = testDb();
    const env = envFor(db);
    await handleMessage(env, pageSignal(), fromContent(1));
    await handleMessage(env, pageSignal(), fromContent(2));
    const session = fakeBrowser.storage.session;
    await setPanelTarget(session, { customerId: 'picked-on-1', tabId: 1, at: 1 });
    await setPanelTarget(session, { customerId: 'picked-on-2', tabId: 2, at: 2 });
    await setPanelTarget(session, { customerId: 'from-popup', at: 3 });
    await forgetTab(env, 1);
    expect(await readTabState(session, 1)).toBeNull();
    expect(await readTabState(session, 2)).not.toBeNull();
    // the closed tab's pick goes with it; other picks stay
    expect((await readPanelTargets(session, 1)).map((t) => t.customerId)).toEqual(['from-popup']);
    expect((await readPanelTargets(session, 2)).map((t) => t.customerId)).toEqual([
      'from-popup',
      'picked-on-2',
    ]);
  });

  it('forgets a tab loading another origin (or one it may not read), keeps same-origin loads', async () => {
    const db = testDb();
    await addCustomer(db, { name: 'Acme', domains: ['acme.com'] });
    const env = envFor(db);
    await handleMessage(env, pageSignal(), fromContent());
    await onTabLoading(env, TAB, { status: 'complete' });
    await onTabLoading(env, TAB, {
      status: 'loading',
      url: 'https://mail.google.com/mail/u/0/#inbox/2',
    });
    expect(await readTabState(fakeBrowser.storage.session, TAB)).not.toBeNull();

    await onTabLoading(env, TAB, { status: 'loading' });
    expect(await readTabState(fakeBrowser.storage.session, TAB)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');

    await handleMessage(env, pageSignal(), fromContent());
    await onTabLoading(env, TAB, { status: 'loading', url: 'https://news.example/' });
    expect(await readTabState(fakeBrowser.storage.session, TAB)).toBeNull();
  });

  it('a malformed stored entry reads as nothing known', async () => {
    await fakeBrowser.storage.session.set({ [tabStateKey(TAB)]: { signal: 'x' } });
    expect(await readTabState(fakeBrowser.storage.session, TAB)).toBeNull();
  });
});
