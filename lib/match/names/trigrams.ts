/**
 * Which names share a query's trigrams, without looking at the others: for each
 * of 65,536 hashed trigram buckets, the positions of the names holding it
 * (compressed rows: `offsets[b]..offsets[b + 1]` in `positions`), plain typed
 * arrays so the whole thing is stored and read back as it is.
 *
 * Why it may skip names: a name within k edits of the query (or starting with
 * such a prefix) still holds all but at most 4k of the query's distinct
 * trigrams (a substitution or deletion destroys ≤ 3, an insertion 2, a swap of
 * neighbours 4), so it holds at least one of any 4k + 1 of them: the rarest
 * 4k + 1 lists hold every candidate. Hash collisions only add candidates.
 */

const BUCKET_BITS = 16;
export const BUCKETS = 1 << BUCKET_BITS;
const MASK = BUCKETS - 1;
const START = 1; // padding before a name, so its first letters make trigrams too
const END = 2;

export type Postings = { offsets: Uint32Array; positions: Uint32Array };

function bucket(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 13)) & MASK;
}

/** Calls `visit` with the bucket of each trigram of `key` padded on both sides. */
function eachBucket(key: string, visit: (b: number) => void): void {
  const n = key.length;
  if (n === 0) return;
  let a = START;
  let b = key.charCodeAt(0);
  for (let i = 1; i <= n; i++) {
    const c = i < n ? key.charCodeAt(i) : END;
    visit(bucket(a, b, c));
    a = b;
    b = c;
  }
}

/** Postings for the first `size` keys. */
export function buildPostings(keys: readonly string[], size: number): Postings {
  const offsets = new Uint32Array(BUCKETS + 1);
  for (let i = 0; i < size; i++) eachBucket(keys[i]!, (b) => void offsets[b + 1]!++);
  for (let b = 0; b < BUCKETS; b++) offsets[b + 1]! += offsets[b]!;
  const positions = new Uint32Array(offsets[BUCKETS]!);
  const fill = offsets.slice(0, BUCKETS);
  for (let i = 0; i < size; i++) eachBucket(keys[i]!, (b) => void (positions[fill[b]!++] = i));
  return { offsets, positions };
}

/** Postings read back from storage, when their shape is whole. */
export function asPostings(offsets: unknown, positions: unknown): Postings | null {
  if (!(offsets instanceof Uint32Array) || !(positions instanceof Uint32Array)) return null;
  if (offsets.length !== BUCKETS + 1 || offsets[BUCKETS] !== positions.length) return null;
  return { offsets, positions };
}

// Reused by every query: matching runs on each page view, allocations cost GC pauses.
let queryBuckets = new Int32Array(64);

/**
 * The distinct buckets of `query`'s trigrams, padded at its start only (so a
 * longer name it begins is found too), rarest first, in `queryBuckets`.
 */
function rarestBuckets(query: string, postings: Postings): number {
  if (queryBuckets.length < query.length) queryBuckets = new Int32Array(query.length * 2);
  const { offsets } = postings;
  let count = 0;
  let a = START;
  let b = query.charCodeAt(0);
  for (let i = 1; i < query.length; i++) {
    const c = query.charCodeAt(i);
    const h = bucket(a, b, c);
    let seen = false;
    for (let j = 0; j < count; j++) if (queryBuckets[j] === h) seen = true;
    if (!seen) queryBuckets[count++] = h;
    a = b;
    b = c;
  }
  const size = (h: number) => offsets[h + 1]! - offsets[h]!;
  // Insertion sort: a query has a few dozen trigrams at most.
  for (let i = 1; i < count; i++) {
    const h = queryBuckets[i]!;
    let j = i - 1;
    while (j >= 0 && size(queryBuckets[j]!) > size(h)) {
      queryBuckets[j + 1] = queryBuckets[j]!;
      j--;
    }
    queryBuckets[j + 1] = h;
  }
  return count;
}

/**
 * Calls `visit` once with each position that may be within `maxEdits` of
 * `query` (or of its start); returns false, visiting nothing, when the query
 * has too few trigrams to rule any name out. `stamps` (one per position) and
 * `stamp` (new for this query) say what was visited already.
 */
export function eachCandidate(
  query: string,
  maxEdits: number,
  postings: Postings,
  stamps: Uint32Array,
  stamp: number,
  visit: (position: number) => void,
): boolean {
  const lists = 4 * maxEdits + 1;
  const count = rarestBuckets(query, postings);
  if (count < lists) return false;
  const { offsets, positions } = postings;
  if (count > lists) {
    holdsAtLeast(count - 4 * maxEdits, count, postings, stamps, stamp, visit);
    return true;
  }
  for (let j = 0; j < lists; j++) {
    const h = queryBuckets[j]!;
    for (let p = offsets[h]!, end = offsets[h + 1]!; p < end; p++) {
      const i = positions[p]!;
      if (stamps[i] === stamp) continue;
      stamps[i] = stamp;
      visit(i);
    }
  }
  return true;
}

// How many of the query's lists hold each position, valid where stamps[i] is this query's.
let held = new Uint8Array(0);

/**
 * A query with more trigrams than the rule needs (a long name with 3 edits has
 * 14–18 for 13): a close name holds at least `need` of its `count` lists, which
 * rules out about three in four of the names the rarest 13 lists would bring.
 */
function holdsAtLeast(
  need: number,
  count: number,
  postings: Postings,
  stamps: Uint32Array,
  stamp: number,
  visit: (position: number) => void,
): void {
  if (held.length < stamps.length) held = new Uint8Array(stamps.length);
  const { offsets, positions } = postings;
  for (let j = 0; j < count; j++) {
    const h = queryBuckets[j]!;
    // Past the first count - need + 1 lists, a name not seen yet can no longer reach `need`.
    const late = j > count - need;
    for (let p = offsets[h]!, end = offsets[h + 1]!; p < end; p++) {
      const i = positions[p]!;
      if (stamps[i] !== stamp) {
        if (late) continue;
        stamps[i] = stamp;
        held[i] = 1;
      } else if (held[i]! < 255) held[i]!++;
      if (held[i] === need) visit(i);
    }
  }
}
