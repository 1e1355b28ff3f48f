import { vi } from 'vitest';
import type { PanelBrowserApi } from '@/lib/panel/tab-watch';

function event<F extends (...args: never[]) => void>() {
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
