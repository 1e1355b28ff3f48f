/**
 * Every customer's normalized name, kept where a cold service worker reads it in
 * one IndexedDB request: a small database of its own beside Callprep's
 * (`<db>-names`, one key-value store), so the app's schema, backups and tables
 * stay exactly as they were.
 *
 * - `snapshot`: { base, ids, keys }: the names as of snapshot `base`; since
 *   issue 19 with ids and keys each joined into one string (one string clones
 *   far faster than 100,000) and the index built over them (name-index.ts), so
 *   a cold start reads one record and computes nothing. Stored sorted by name
 *   (sorted-walk.ts walks them in that order; an unsorted one is sorted on its
 *   first short query). Snapshots of the first format (arrays, no index) still
 *   load: the index is built on first search.
 * - `head`: the journal's { base, gen, stale } alone, small to read on every match.
 * - `journal`: { base, gen, ids, keys, stale }: every customer written since
 *   (`keys[i]` null when deleted), appended when the write commits (track.ts).
 *   `gen` counts appends; `stale` says the journal lost track (a table cleared,
 *   an oversized import, a database older than the journal) and the names must
 *   be read from the customers table again.
 * - `pending`: { writes: token → ms }: customer writes begun whose journal
 *   append has not landed. One left behind by a page that stopped in between
 *   is a write the journal may lack: a cold start counts the customers before
 *   trusting the snapshot (counting 100,000 keys is most of a cold start, so
 *   without one it counts after the match, as a safety net).
 */
import Dexie, { type Table } from 'dexie';
import type { StoredIndex } from './name-index';
import { asPostings } from './trigrams';

export const SNAPSHOT_KEY = 'snapshot';
export const JOURNAL_KEY = 'journal';
/** The journal's base and gen alone: what a warm matcher reads to know it is current. */
export const HEAD_KEY = 'head';
/** Beyond this many journal entries the names are read from the table again instead. */
export const MAX_JOURNAL = 200_000;

/** The snapshot as stored: `ids` and `keys` joined by SEPARATOR, or (first format) arrays. */
export type NamesSnapshot = {
  key: typeof SNAPSHOT_KEY;
  base: string;
  ids: string[] | string;
  keys: string[] | string;
  masks?: Int32Array;
  heads?: Int32Array;
  lengths?: Uint16Array;
  offsets?: Uint32Array;
  positions?: Uint32Array;
};

/** The snapshot as read: the names, and their index when it was stored whole. */
export type SnapshotNames = {
  base: string;
  ids: string[];
  keys: string[];
  index: StoredIndex | null;
};

// Neither a normalized name nor an id has one; a list that does is stored as an array.
const SEPARATOR = '\u001f';

const joined = (list: string[]) =>
  list.some((s) => s.includes(SEPARATOR)) ? list : list.join(SEPARATOR);
const split = (value: string) => (value === '' ? [] : value.split(SEPARATOR));

export function snapshotRecord(
  base: string,
  names: { ids: string[]; keys: string[] },
  index: StoredIndex | null,
): NamesSnapshot {
  const record: NamesSnapshot = {
    key: SNAPSHOT_KEY,
    base,
    ids: joined(names.ids),
    keys: joined(names.keys),
  };
  if (index) {
    record.masks = index.masks;
    record.heads = index.heads;
    record.lengths = index.lengths;
    record.offsets = index.postings.offsets;
    record.positions = index.postings.positions;
  }
  return record;
}

export type NamesJournal = {
  key: typeof JOURNAL_KEY;
  base: string;
  gen: number;
  ids: string[];
  keys: (string | null)[];
  stale: boolean;
};

export type NamesHead = { key: typeof HEAD_KEY; base: string; gen: number; stale: boolean };

export const PENDING_KEY = 'pending';
export type NamesPending = { key: typeof PENDING_KEY; writes: Record<string, number> };

/** The writes whose append has not landed (none when the record is missing or damaged). */
export function pendingWrites(value: unknown): Record<string, number> {
  if (!value || typeof value !== 'object') return {};
  const writes = (value as Partial<NamesPending>).writes;
  return writes && typeof writes === 'object' ? writes : {};
}

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
  names!: Table<NamesSnapshot | NamesJournal | NamesHead | NamesPending, string>;
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

// Shape checks only (a position past the names is skipped as no name): the matcher re-reads every customer it reports, so a
// damaged record can cost a match, never show a wrong one.
export function asSnapshot(value: unknown): SnapshotNames | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<NamesSnapshot>;
  if (typeof v.base !== 'string') return null;
  const ids = typeof v.ids === 'string' ? split(v.ids) : v.ids;
  const keys = typeof v.keys === 'string' ? split(v.keys) : v.keys;
  if (!Array.isArray(ids) || !Array.isArray(keys) || ids.length !== keys.length) return null;
  const postings = asPostings(v.offsets, v.positions);
  const whole =
    postings &&
    v.masks instanceof Int32Array &&
    v.heads instanceof Int32Array &&
    v.heads.length === ids.length &&
    v.lengths instanceof Uint16Array &&
    v.masks.length === ids.length &&
    v.lengths.length === ids.length;
  return {
    base: v.base,
    ids,
    keys,
    index: whole ? { masks: v.masks!, heads: v.heads!, lengths: v.lengths!, postings } : null,
  };
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
