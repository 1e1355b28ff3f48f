import { describe, expect, it, vi } from 'vitest';
import { PANEL_TARGET_KEY } from '@/lib/panel-target';
import { watchPanelState, type PanelBrowserApi, type PanelState } from '@/lib/panel/tab-watch';
import type { TabState } from '@/lib/tab-state';

function event<F extends (...args: any[]) => void>() {
  const listeners = new Set<F>();
  return {
    addListener: (fn: F) => listeners.add(fn),
    removeListener: (fn: F) => listeners.delete(fn),
    fire: (...args: Parameters<F>) => listeners.forEach((fn) => fn(...args)),
    get size() {
      return listeners.size;
    },
  };
}

/** A tiny in-memory browser: one window, tabs, and storage.session with change events. */
export function fakeApi(activeTabId = 1) {
  const store: Record<string, unknown> = {};
  const changed = event<(changes: Record<string, unknown>) => void>();
  const activated = event<(info: { tabId: number; windowId: number }) => void>();
  const updated = event<(tabId: number, change: { url?: string; status?: string }) => void>();
  const api = {
    tabs: {
      query: vi.fn(async () => [{ id: activeTabId }]),
      onActivated: activated,
      onUpdated: updated,
    },
    windows: { getCurrent: async () => ({ id: 7 }) },
    storage: {
      session: {
        async get(key: string) {
          return key in store ? { [key]: store[key] } : {};
        },
        async set(items: Record<string, unknown>) {
          Object.assign(store, items);
          changed.fire(
            Object.fromEntries(Object.keys(items).map((k) => [k, { newValue: items[k] }])),
          );
        },
        async remove(key: string) {
          delete store[key];
          changed.fire({ [key]: { newValue: undefined } });
        },
        onChanged: changed,
      },
    },
  } satisfies PanelBrowserApi;
  return { api, store, activated, updated, changed };
}

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
    await api.storage.session.set({ 'tab:1': state('a', 10), 'tab:2': state('b', 20) });
    const seen: PanelState[] = [];
    const stop = watchPanelState(api, { pinnedTabId: null }, (s) => seen.push(s));
    await vi.waitFor(() => expect(seen.at(-1)?.tabState?.match?.customerId).toBe('a'));
    expect(api.tabs.query).toHaveBeenCalledWith({ active: true, windowId: 7 });

    activated.fire({ tabId: 2, windowId: 7 });
    await vi.waitFor(() => expect(seen.at(-1)?.tabId).toBe(2));
    expect(seen.at(-1)?.tabState?.match?.customerId).toBe('b');

    // another window's tab: ignored
    activated.fire({ tabId: 1, windowId: 99 });
    await api.storage.session.set({ 'tab:2': state('c', 30) });
    await vi.waitFor(() => expect(seen.at(-1)?.tabState?.match?.customerId).toBe('c'));
    expect(seen.at(-1)?.tabId).toBe(2);

    await api.storage.session.set({ [PANEL_TARGET_KEY]: { customerId: 'z', at: 40 } });
    await vi.waitFor(() => expect(seen.at(-1)?.target?.customerId).toBe('z'));
    stop();
  });

  it('stays on a pinned tab and stops listening when stopped', async () => {
    const { api, activated, changed } = fakeApi(1);
    await api.storage.session.set({ 'tab:5': state('p', 1) });
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
    await api.storage.session.set({ 'tab:1': { nonsense: true } });
    const seen: PanelState[] = [];
    const stop = watchPanelState(api, { pinnedTabId: null }, (s) => seen.push(s));
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
    expect(seen.at(-1)?.tabState).toBeNull();
    stop();
  });
});
