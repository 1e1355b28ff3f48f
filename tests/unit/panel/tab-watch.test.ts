import { describe, expect, it, vi } from 'vitest';
import { PANEL_TARGET_KEY, panelTargetKey, tabStateKey } from '@/lib/session/keys';
import { watchPanelState, type PanelState } from '@/lib/panel/tab-watch';
import { fakeApi } from './fake-browser';
import type { TabState } from '@/lib/session/tab-state';

const state = (customerId: string, at: number): TabState => ({
  signal: null,
  match: {
    customerId,
    name: customerId,
    confidence: 1,
    reason: 'test',
    via: 'crm',
    candidates: [],
    ambiguous: false,
  },
  at,
});

describe('watchPanelState', () => {
  it('reads the active tab of its window, then follows activation and storage changes', async () => {
    const { api, activated } = fakeApi(1);
    await api.storage.session.set({
      [tabStateKey(1)]: state('a', 10),
      [tabStateKey(2)]: state('b', 20),
    });
    const seen: PanelState[] = [];
    const stop = watchPanelState(api, { pinnedTabId: null }, (s) => seen.push(s));
    await vi.waitFor(() => expect(seen.at(-1)?.tabState?.match?.customerId).toBe('a'));
    // the panel's own window, asked for beside the window's id (7, which filters activations)
    expect(api.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });

    activated.fire({ tabId: 2, windowId: 7 });
    await vi.waitFor(() => expect(seen.at(-1)?.tabId).toBe(2));
    expect(seen.at(-1)?.tabState?.match?.customerId).toBe('b');

    // another window's tab: ignored
    activated.fire({ tabId: 1, windowId: 99 });
    await api.storage.session.set({ [tabStateKey(2)]: state('c', 30) });
    await vi.waitFor(() => expect(seen.at(-1)?.tabState?.match?.customerId).toBe('c'));
    expect(seen.at(-1)?.tabId).toBe(2);

    await api.storage.session.set({ [PANEL_TARGET_KEY]: { customerId: 'z', at: 40 } });
    await vi.waitFor(() => expect(seen.at(-1)?.targets.map((t) => t.customerId)).toEqual(['z']));

    // a pick made on this tab is read beside it; one made on another tab is not
    await api.storage.session.set({ [panelTargetKey(1)]: { customerId: 'y', tabId: 1, at: 45 } });
    await api.storage.session.set({ [panelTargetKey(2)]: { customerId: 'x', tabId: 2, at: 50 } });
    await vi.waitFor(() =>
      expect(seen.at(-1)?.targets.map((t) => t.customerId)).toEqual(['z', 'x']),
    );
    stop();
  });

  it('stamps when the seller switches to a tab and when the tab navigates, on the given clock', async () => {
    const { api, activated, updated } = fakeApi(1);
    await api.storage.session.set({
      [tabStateKey(1)]: state('a', 10),
      [tabStateKey(2)]: state('b', 20),
    });
    let clock = 100;
    const seen: PanelState[] = [];
    const stop = watchPanelState(api, { pinnedTabId: null, now: () => clock }, (s) => seen.push(s));
    await vi.waitFor(() => expect(seen.at(-1)?.tabId).toBe(1));
    expect(seen.at(-1)).toMatchObject({ activatedAt: null, navigatedAt: null });

    clock = 200;
    activated.fire({ tabId: 2, windowId: 7 });
    await vi.waitFor(() => expect(seen.at(-1)?.tabId).toBe(2));
    expect(seen.at(-1)).toMatchObject({ activatedAt: 200, navigatedAt: null });

    clock = 300;
    updated.fire(1, { url: 'https://elsewhere.example/' }); // not the followed tab
    updated.fire(2, { url: 'https://example.org/next' });
    await vi.waitFor(() => expect(seen.at(-1)?.navigatedAt).toBe(300));
    expect(seen.at(-1)).toMatchObject({ tabId: 2, activatedAt: 200 });
    stop();
  });

  it('stays on a pinned tab and stops listening when stopped', async () => {
    const { api, activated, changed } = fakeApi(1);
    await api.storage.session.set({ [tabStateKey(5)]: state('p', 1) });
    const seen: PanelState[] = [];
    const stop = watchPanelState(api, { pinnedTabId: 5 }, (s) => seen.push(s));
    await vi.waitFor(() => expect(seen.at(-1)?.tabState?.match?.customerId).toBe('p'));
    expect(api.tabs.query).not.toHaveBeenCalled();
    activated.fire({ tabId: 1, windowId: 7 });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.at(-1)?.tabId).toBe(5);
    stop();
    expect(changed.size).toBe(0);
  });

  it('treats a malformed storage entry as nothing known', async () => {
    const { api } = fakeApi(1);
    await api.storage.session.set({ [tabStateKey(1)]: { nonsense: true } });
    const seen: PanelState[] = [];
    const stop = watchPanelState(api, { pinnedTabId: null }, (s) => seen.push(s));
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
    expect(seen.at(-1)?.tabState).toBeNull();
    stop();
  });
});
