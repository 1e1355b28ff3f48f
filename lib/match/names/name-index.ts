import { bitCount, charMask, editDistance, prefixDistance } from './distance';

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

/**
 * Every customer's normalized name in memory, with what lets one query skip
 * nearly all of them: its length and which characters it has (distance.ts).
 * A query compares those two numbers for each of 100,000 names and builds an
 * edit table only for the few hundred that could be close enough.
 */
export class NameIndex {
  private ids: string[] = [];
  private keys: string[] = [];
  private masks = new Int32Array(0);
  private lengths = new Uint16Array(0);
  private alive = new Uint8Array(0);
  private size = 0;

  constructor(
    /** the snapshot this index started from (records.ts) */
    public base: string,
    ids: readonly string[],
    keys: readonly string[],
    /** the journal's write count this index reflects, and how many of its entries it holds */
    public gen = 0,
    public applied = 0,
  ) {
    this.grow(ids.length);
    for (let i = 0; i < ids.length; i++) this.push(ids[i]!, keys[i]!);
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
    const lengths = new Uint16Array(cap);
    lengths.set(this.lengths.subarray(0, this.size));
    const alive = new Uint8Array(cap);
    alive.set(this.alive.subarray(0, this.size));
    this.masks = masks;
    this.lengths = lengths;
    this.alive = alive;
  }

  private push(id: string, key: string): void {
    const i = this.size++;
    this.ids[i] = id;
    this.keys[i] = key;
    this.masks[i] = charMask(key);
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

  /** The live names, for storing as a snapshot. */
  entries(): { ids: string[]; keys: string[] } {
    const ids: string[] = [];
    const keys: string[] = [];
    for (let i = 0; i < this.size; i++)
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
    const m = query.length;
    if (m === 0) return [];
    const qMask = charMask(query);
    const first = query.charCodeAt(0);
    const wholeBits = 2 * maxEdits;
    const prefixes = m >= MIN_TRUNCATED_LENGTH;
    const { keys, masks, lengths, alive } = this;
    const hits: NameHit[] = [];
    for (let i = 0; i < this.size; i++) {
      if (!alive[i]) continue;
      const n = lengths[i]!;
      const mask = masks[i]!;
      if (n <= m + maxEdits && n + maxEdits >= m) {
        if (bitCount(mask ^ qMask) > wholeBits) continue;
        const key = keys[i]!;
        const d = editDistance(query, key, maxEdits);
        if (d > 0 && d <= maxEdits)
          hits.push({ customerId: this.ids[i]!, nameKey: key, distance: d, truncated: false });
      } else if (prefixes && n > m && bitCount(qMask & ~mask) <= maxEdits) {
        const key = keys[i]!;
        if (key.charCodeAt(0) !== first) continue;
        const d = prefixDistance(query, key, maxEdits);
        if (d <= maxEdits)
          hits.push({ customerId: this.ids[i]!, nameKey: key, distance: d, truncated: true });
      }
    }
    return hits;
  }
}
