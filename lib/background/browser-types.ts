/**
 * The slices of the browser API the background calls, named after the real
 * APIs, so production passes WXT's `browser` and unit tests pass `fakeBrowser`
 * (wxt/testing) as they are, with no cast.
 *
 * Why not `Pick<typeof browser, …>`: WXT types `browser` from @types/chrome and
 * `fakeBrowser` from webextension-polyfill's types, and neither is assignable to
 * a `Pick<>` of the other: chrome's methods carry extra callback overloads and
 * its events `addRules`/`getRules`, its `Tab` and `Window` a dozen required
 * fields the polyfill leaves optional, and the polyfill's `onMessage` listener
 * type refuses chrome's. So each slice lists the calls made, with parameter
 * types both accept; entrypoints/background.ts (passing `browser`) and
 * tests/unit/background (passing `fakeBrowser`) are what the compiler checks
 * them against.
 */

/** An event of the browser API (`tabs.onUpdated`, `storage.session.onChanged`…). */
export type Listener<F> = { addListener(fn: F): void; removeListener(fn: F): void };

/** The parts of `runtime.MessageSender` that are checked. */
export type MessageSender = {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
  /** Chrome 106+: the sending document, kept across in-app (same-document) navigations */
  documentId?: string;
};
export type AlarmInfo = { name: string; scheduledTime: number; periodInMinutes?: number };

export type AlarmsApi = {
  create(
    name: string,
    info: { when?: number; delayInMinutes?: number; periodInMinutes?: number },
  ): unknown;
  clear(name: string): Promise<boolean>;
  getAll(): Promise<AlarmInfo[]>;
  get(name: string): Promise<AlarmInfo | undefined>;
};

export type NotificationsApi = {
  create(
    id: string,
    options: {
      type: 'basic';
      iconUrl: string;
      title: string;
      message: string;
      contextMessage?: string;
      priority?: number;
      requireInteraction?: boolean;
    },
  ): Promise<string>;
  clear(id: string): Promise<boolean>;
};

export type ActionApi = {
  setBadgeText(details: { text: string; tabId?: number }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void> | void;
  setTitle(details: { title: string; tabId?: number }): Promise<void> | void;
};
