import { bitCount, charMask, editDistance, prefixDistance } from './distance';
import { sortNames, walkSorted, type SortedNames } from './sorted-walk';
import { buildPostings, eachCandidate, type Postings } from './trigrams';

/** A customer whose normalized name is close to the page's. */
export type NameHit = {
  customerId: string;
  nameKey: string;
  /** edits between the page's name and the customer's (or its start, when `truncated`) */
  distance: number;
  /** the page's name is the start of a longer customer name ("Initech Softwar") */
  truncated: boolean;
};

/** Names shorter than this are not taken for the start of a longer one. */
const MIN_TRUNCATED_LENGTH = 5;

/** Names written since the postings were built, beyond which they are built again. */
const MAX_UNPOSTED = 2000;

/**
 * How many first characters `heads` masks: a query this long or shorter (with
 * its edits) can be the start only of names whose first HEAD characters have
 * nearly all its letters, a far sharper test than the whole name's letters.
 */
const HEAD = 12;

/** What a stored snapshot brings besides the names, so a cold start computes nothing. */
export type StoredIndex = {
  masks: Int32Array;
  heads: Int32Array;
  lengths: Uint16Array;
  postings: Postings;
};

/**
 * Every customer's normalized name in memory, with what lets one query skip
 * nearly all of them: trigram postings (trigrams.ts) pick the few thousand names
 * that could be close; their length and which characters they have
 * (distance.ts) rule out most of those; an edit table is built for the rest.
 * Names written since the postings were built are looked at one by one.
 */
export class NameIndex {
  private ids: string[] = [];
  private keys: string[] = [];
  private masks: Int32Array = new Int32Array(0);
  private heads: Int32Array = new Int32Array(0);
  private lengths: Uint16Array = new Uint16Array(0);
  private alive = new Uint8Array(0);
  private size = 0;
  /** postings over the first `posted` names (built on the first search when missing) */
  private postings: Postings | null = null;
  private posted = 0;
  /** the first `posted` names in sorted order, for queries the postings cannot prune (built when first needed) */
  private sorted: SortedNames | null = null;
  private stamps = new Uint32Array(0);
  private stamp = 0;

  constructor(
    /** the snapshot this index started from (records.ts) */
    public base: string,
    ids: readonly string[],
    keys: readonly string[],
    /** the journal's write count this index reflects, and how many of its entries it holds */
    public gen = 0,
    public applied = 0,
    stored: StoredIndex | null = null,
  ) {
    const n = ids.length;
    if (
      stored &&
      stored.masks.length === n &&
      stored.heads.length === n &&
      stored.lengths.length === n
    ) {
      this.ids = ids.slice();
      this.keys = keys.slice();
      this.masks = stored.masks;
      this.heads = stored.heads;
      this.lengths = stored.lengths;
      this.alive = new Uint8Array(n);
      for (let i = 0; i < n; i++) this.alive[i] = keys[i] ? 1 : 0;
      this.size = n;
      this.postings = stored.postings;
      this.posted = n;
      return;
    }
    this.grow(n);
    for (let i = 0; i < n; i++) this.push(ids[i]!, keys[i]!);
  }

  get count(): number {
    let n = 0;
    for (let i = 0; i < this.size; i++) n += this.alive[i]!;
    return n;
  }

  private grow(extra: number): void {
    const need = this.size + extra;
    if (need <= this.masks.length) return;
    const cap = Math.max(need, this.masks.length * 2, 64);
    const masks = new Int32Array(cap);
    masks.set(this.masks.subarray(0, this.size));
    const heads = new Int32Array(cap);
    heads.set(this.heads.subarray(0, this.size));
    const lengths = new Uint16Array(cap);
    lengths.set(this.lengths.subarray(0, this.size));
    const alive = new Uint8Array(cap);
    alive.set(this.alive.subarray(0, this.size));
    this.masks = masks;
    this.heads = heads;
    this.lengths = lengths;
    this.alive = alive;
  }

  private push(id: string, key: string): void {
    const i = this.size++;
    this.ids[i] = id;
    this.keys[i] = key;
    this.masks[i] = charMask(key);
    this.heads[i] = charMask(key.slice(0, HEAD));
    this.lengths[i] = Math.min(key.length, 0xffff);
    this.alive[i] = key ? 1 : 0;
  }

  /** Applies journal entries (id → name key, null when deleted), the later one winning. */
  apply(ids: readonly string[], keys: readonly (string | null)[]): void {
    if (ids.length === 0) return;
    const latest = new Map<string, string | null>();
    ids.forEach((id, i) => latest.set(id, keys[i] ?? null));
    for (let i = 0; i < this.size; i++)
      if (this.alive[i] && latest.has(this.ids[i]!)) this.alive[i] = 0;
    this.grow(latest.size);
    for (const [id, key] of latest) if (key) this.push(id, key);
  }

  /** The lengths, character masks and postings of exactly the names `entries()` gives. */
  storedIndex(): StoredIndex | null {
    if (this.count !== this.size) return null; // dead names: entries() leaves them out
    const { order } = sortNames(this.keys, this.size);
    for (let i = 0; i < this.size; i++) if (order[i] !== i) return null; // entries() sorts them
    this.ensurePostings(0);
    if (!this.postings || this.posted !== this.size) return null;
    return {
      masks: this.masks.slice(0, this.size),
      heads: this.heads.slice(0, this.size),
      lengths: this.lengths.slice(0, this.size),
      postings: this.postings,
    };
  }

  private ensurePostings(maxUnposted: number): void {
    if (this.postings && this.size - this.posted <= maxUnposted) return;
    this.postings = buildPostings(this.keys, this.size);
    this.posted = this.size;
    this.sorted = null;
  }

  /**
   * The live names in sorted order, for storing as a snapshot: an index built
   * from them finds them sorted, and its first short query sorts nothing.
   */
  entries(): { ids: string[]; keys: string[] } {
    const ids: string[] = [];
    const keys: string[] = [];
    for (const i of sortNames(this.keys, this.size).order)
      if (this.alive[i]) {
        ids.push(this.ids[i]!);
        keys.push(this.keys[i]!);
      }
    return { ids, keys };
  }

  /**
   * Names within `maxEdits` of `query` (whole-name optimal string alignment), and
   * longer names whose start is within `maxEdits` of it; exact names excluded
   * (the company-name rule finds those).
   */
  search(query: string, maxEdits: number): NameHit[] {
    if (query.length === 0) return [];
    this.ensurePostings(MAX_UNPOSTED);
    const hits: NameHit[] = [];
    const check = this.checker(query, maxEdits, hits);
    if (this.stamps.length < this.size) this.stamps = new Uint32Array(this.masks.length);
    // A new stamp per query; at wrap-around, old stamps could collide: clear them.
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    const postings = this.postings!; // ensurePostings built them
    // Too few trigrams to prune by: the posted names walked in sorted order instead.
    if (!eachCandidate(query, maxEdits, postings, this.stamps, this.stamp, check))
      this.walk(query, maxEdits, hits);
    for (let i = this.posted; i < this.size; i++) check(i);
    return hits;
  }

  /** What `checker` would find among the posted names, for a query too short to prune. */
  private walk(query: string, maxEdits: number, hits: NameHit[]): void {
    if (!this.sorted) this.sorted = sortNames(this.keys, this.posted);
    const { ids, keys, alive } = this;
    const prefixes = query.length >= MIN_TRUNCATED_LENGTH;
    walkSorted(query, maxEdits, keys, this.sorted, prefixes, (i, distance, truncated) => {
      if (alive[i]) hits.push({ customerId: ids[i]!, nameKey: keys[i]!, distance, truncated });
    });
  }

  /** What decides whether name `i` is a hit for `query`, pushing it to `hits` if so. */
  private checker(query: string, maxEdits: number, hits: NameHit[]): (i: number) => void {
    const m = query.length;
    const qMask = charMask(query);
    const first = query.charCodeAt(0);
    const wholeBits = 2 * maxEdits;
    const prefixes = m >= MIN_TRUNCATED_LENGTH;
    const { ids, keys, masks, heads, lengths, alive } = this;
    const headMasks = m + maxEdits <= HEAD ? heads : masks;
    return (i) => {
      if (!alive[i]) return;
      const n = lengths[i]!;
      const mask = masks[i]!;
      if (n <= m + maxEdits && n + maxEdits >= m) {
        if (bitCount(mask ^ qMask) > wholeBits) return;
        const key = keys[i]!;
        const d = editDistance(query, key, maxEdits);
        if (d > 0 && d <= maxEdits)
          hits.push({ customerId: ids[i]!, nameKey: key, distance: d, truncated: false });
      } else if (prefixes && n > m && bitCount(qMask & ~headMasks[i]!) <= maxEdits) {
        const key = keys[i]!;
        if (key.charCodeAt(0) !== first) return;
        const d = prefixDistance(query, key, maxEdits);
        if (d <= maxEdits)
          hits.push({ customerId: ids[i]!, nameKey: key, distance: d, truncated: true });
      }
    };
  }
}
