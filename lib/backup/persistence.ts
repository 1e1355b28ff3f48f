import Dexie from 'dexie';
import type { CallprepDB } from '../db/schema';
import { readAutoBackupState, updateAutoBackupState, type LocalStorage } from './state';

/** The parts of `navigator.storage` used (`persist` exists only in windows, not workers). */
export type PersistApi = Pick<StorageManager, 'persist' | 'persisted'>;

/** The seller has data of their own: a customer that is not the sample's. */
async function hasRealData(db: CallprepDB): Promise<boolean> {
  return (await db.customers.filter((c) => !c.sample).first()) !== undefined;
}

/**
 * Asks the browser once to keep Callprep's data when the disk runs low
 * (`navigator.storage.persist()`), the first time data of the seller's own is
 * there (the sample workspace does not count: it is there to be thrown away).
 * Remembered in storage.local, so it is asked once per browser.
 */
export async function askPersistenceOnce(env: {
  db: CallprepDB;
  storage: PersistApi | null;
  local: LocalStorage;
}): Promise<'asked' | 'not yet' | 'done before'> {
  if (!env.storage) return 'done before';
  const state = await readAutoBackupState(env.local);
  if (state.persistAsked) return 'done before';
  if (!(await hasRealData(env.db))) return 'not yet';
  await updateAutoBackupState(env.local, (s) => ({ ...s, persistAsked: true }));
  if (!(await env.storage.persisted().catch(() => false))) {
    await env.storage.persist().catch(() => false);
  }
  return 'asked';
}

/**
 * Calls askPersistenceOnce after each committed write to customers made from
 * this page (Dexie's `storagemutated`), until it has asked. For a page's
 * entrypoint; returns the unsubscribe.
 */
export function askPersistenceOnFirstRealWrite(env: {
  db: CallprepDB;
  storage: PersistApi | null;
  local: LocalStorage;
}): () => void {
  const prefix = `idb://${env.db.name}/customers`;
  let busy = false;
  let done = false;
  const listener = (parts: Record<string, unknown>) => {
    if (done || busy || !Object.keys(parts).some((k) => k.startsWith(prefix))) return;
    busy = true;
    askPersistenceOnce(env)
      .then((r) => {
        if (r !== 'not yet') stop();
      })
      .catch(() => undefined)
      .finally(() => (busy = false));
  };
  const stop = () => {
    done = true;
    Dexie.on.storagemutated.unsubscribe(listener);
  };
  Dexie.on.storagemutated.subscribe(listener);
  return stop;
}
