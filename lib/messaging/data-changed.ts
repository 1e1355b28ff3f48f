import Dexie, { type DexieOnStorageMutatedEvent } from 'dexie';
import { RULE_READS } from '../readiness/rules';
import { MESSAGE, type DataChangedMessage } from './';

/**
 * Tells the background when an extension page wrote data the toolbar badge or
 * the meeting reminders depend on, so they follow at once instead of at the
 * next 5-minute refresh. Each page (popup, side panel, workspace) calls
 * `watchDataChanges` once from its entrypoint: every write through Dexie is
 * covered, wherever it is made, with no `dataChanged` call at each write site.
 *
 * Dexie's global `storagemutated` event fires after each committed write
 * transaction, with the database parts it touched (`idb://<db>/<table>/<index>`).
 * It also fires for writes committed by other pages of the extension (Dexie
 * relays them with a BroadcastChannel), so with several pages open one write may
 * be reported by each of them: harmless, the background's refresh is idempotent.
 */

/**
 * The tables the badge (next meeting's readiness, overdue promises) and the
 * reminders (meeting times, lead time, readiness text) are computed from: what
 * they read themselves, and whatever an auto-checked rule declares it reads
 * (today goals, news and notes besides), so a new rule is watched the day it lands.
 * Contacts and questions change neither.
 */
export const BADGE_TABLES: ReadonlySet<string> = new Set([
  'meetings',
  'checklistItems',
  'commitments',
  'settings',
  'templates',
  'customers',
  ...RULE_READS,
]);

/** A quiet spell after a report: writes within it are reported once, at its end. */
export const DATA_CHANGED_QUIET_MS = 300;

/** The tables of database `dbName` named in a Dexie ObservabilitySet's keys. */
export function changedTables(parts: Record<string, unknown>, dbName: string): Set<string> {
  const prefix = `idb://${dbName}/`;
  const tables = new Set<string>();
  for (const key of Object.keys(parts)) {
    if (!key.startsWith(prefix)) continue;
    const table = key.slice(prefix.length).split('/')[0];
    if (table) tables.add(table);
  }
  return tables;
}

/** True when the mutated parts touch a table the badge or the reminders read. */
export function affectsBadge(parts: Record<string, unknown>, dbName: string): boolean {
  for (const table of changedTables(parts, dbName)) if (BADGE_TABLES.has(table)) return true;
  return false;
}

export type Timers = {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
};

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type DataChangedNotifier = {
  /** a write transaction committed, touching `parts` */
  onMutated(parts: Record<string, unknown>): void;
  /** send now what is waiting for the end of the quiet spell (the page is closing) */
  flush(): void;
  dispose(): void;
};

/**
 * Reports relevant writes as `dataChanged` messages: the first at once (a tick
 * in the popup reaches the background before the popup can close), then at most
 * one per quiet spell, so an import or the sample workspace's many writes cost
 * the background two refreshes, not hundreds. `send` must not throw.
 */
export function createDataChangedNotifier(options: {
  dbName: string;
  send: (message: DataChangedMessage) => void;
  quietMs?: number;
  timers?: Timers;
}): DataChangedNotifier {
  const { dbName, send } = options;
  const quietMs = options.quietMs ?? DATA_CHANGED_QUIET_MS;
  const timers = options.timers ?? realTimers;
  let quiet: unknown = null;
  let pending = false;

  const report = () => {
    pending = false;
    send({ type: MESSAGE.dataChanged });
    quiet = timers.set(endQuiet, quietMs);
  };
  function endQuiet() {
    quiet = null;
    if (pending) report();
  }

  return {
    onMutated(parts) {
      if (!affectsBadge(parts, dbName)) return;
      if (quiet === null) report();
      else pending = true;
    },
    flush() {
      if (!pending) return;
      pending = false;
      send({ type: MESSAGE.dataChanged });
    },
    dispose() {
      if (quiet !== null) timers.clear(quiet);
      quiet = null;
      pending = false;
    },
  };
}

/** The slice of Dexie's global events used here: `Dexie.on` satisfies it as it is. */
export type StorageMutatedEvents = {
  storagemutated: Pick<DexieOnStorageMutatedEvent, 'subscribe' | 'unsubscribe'>;
};

/** The page's lifecycle events (window): a closing page sends what is waiting. */
export type PageEvents = {
  addEventListener(type: 'pagehide', fn: () => void): void;
  removeEventListener(type: 'pagehide', fn: () => void): void;
};

/**
 * Watches every committed write of database `dbName` made in (or relayed to)
 * this page and reports the relevant ones with `send`, which is called inside
 * a try (a background that is not listening never breaks a page). Returns a
 * stop function.
 */
export function watchDataChanges(options: {
  dbName: string;
  send: (message: DataChangedMessage) => unknown;
  events?: StorageMutatedEvents;
  page?: PageEvents | null;
  quietMs?: number;
  timers?: Timers;
}): () => void {
  const events = options.events ?? Dexie.on;
  const page = options.page === undefined ? (globalThis.window ?? null) : options.page;
  const notifier = createDataChangedNotifier({
    dbName: options.dbName,
    quietMs: options.quietMs,
    timers: options.timers,
    send: (message) => {
      try {
        const sent = options.send(message);
        if (sent instanceof Promise) sent.catch(() => {});
      } catch {
        // no background listening (tests, the worker restarting): the next refresh catches up
      }
    },
  });
  const onMutated = (parts: Record<string, unknown>) => notifier.onMutated(parts);
  const onPageHide = () => notifier.flush();
  events.storagemutated.subscribe(onMutated);
  page?.addEventListener('pagehide', onPageHide);
  return () => {
    events.storagemutated.unsubscribe(onMutated);
    page?.removeEventListener('pagehide', onPageHide);
    notifier.dispose();
  };
}
