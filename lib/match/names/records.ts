/**
 * Every customer's normalized name, kept where a cold service worker reads it in
 * one IndexedDB request: a small database of its own beside Callprep's
 * (`<db>-names`, one key-value store), so the app's schema, backups and tables
 * stay exactly as they were.
 *
 * - `snapshot`: { base, ids, keys }: the names as of snapshot `base`.
 * - `head`: the journal's { base, gen, stale } alone, small to read on every match.
 * - `journal`: { base, gen, ids, keys, stale }: every customer written since
 *   (`keys[i]` null when deleted), appended when the write commits (track.ts).
 *   `gen` counts appends; `stale` says the journal lost track (a table cleared,
 *   an oversized import, a database older than the journal) and the names must
 *   be read from the customers table again.
 */
import Dexie, { type Table } from 'dexie';

export const SNAPSHOT_KEY = 'snapshot';
export const JOURNAL_KEY = 'journal';
/** The journal's base and gen alone: what a warm matcher reads to know it is current. */
export const HEAD_KEY = 'head';
/** Beyond this many journal entries the names are read from the table again instead. */
export const MAX_JOURNAL = 200_000;

export type NamesSnapshot = {
  key: typeof SNAPSHOT_KEY;
  base: string;
  ids: string[];
  keys: string[];
};

export type NamesJournal = {
  key: typeof JOURNAL_KEY;
  base: string;
  gen: number;
  ids: string[];
  keys: (string | null)[];
  stale: boolean;
};

export type NamesHead = { key: typeof HEAD_KEY; base: string; gen: number; stale: boolean };

export function headOf(journal: NamesJournal): NamesHead {
  return { key: HEAD_KEY, base: journal.base, gen: journal.gen, stale: journal.stale };
}

export function asHead(value: unknown): NamesHead | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<NamesHead>;
  return typeof v.base === 'string' && typeof v.gen === 'number' && typeof v.stale === 'boolean'
    ? (v as NamesHead)
    : null;
}

export class NamesDB extends Dexie {
  names!: Table<NamesSnapshot | NamesJournal | NamesHead, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ names: 'key' });
  }
}

const opened = new Map<string, NamesDB>();

/** The names database that belongs to Callprep database `dbName`. */
export function namesDb(dbName: string): NamesDB {
  let db = opened.get(dbName);
  if (!db) opened.set(dbName, (db = new NamesDB(`${dbName}-names`)));
  return db;
}

/** Closes the names database's connection (a service worker that stopped has none). */
export function closeNamesDb(dbName: string): void {
  opened.get(dbName)?.close();
  opened.delete(dbName);
}

// Shape checks only: the matcher re-reads every customer it reports, so a
// damaged record can cost a match, never show a wrong one.
export function asSnapshot(value: unknown): NamesSnapshot | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<NamesSnapshot>;
  if (typeof v.base !== 'string' || !Array.isArray(v.ids) || !Array.isArray(v.keys)) return null;
  return v.ids.length === v.keys.length ? (v as NamesSnapshot) : null;
}

export function asJournal(value: unknown): NamesJournal | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<NamesJournal>;
  if (typeof v.base !== 'string' || typeof v.gen !== 'number' || typeof v.stale !== 'boolean')
    return null;
  if (!Array.isArray(v.ids) || !Array.isArray(v.keys) || v.ids.length !== v.keys.length)
    return null;
  return v as NamesJournal;
}

export function newBase(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
