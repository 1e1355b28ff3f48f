/**
 * Names within k edits of a query too short for the trigram rule (trigrams.ts
 * needs 4k + 1 of its trigrams; "meronadai" with 2 edits has 8): the names are
 * walked in sorted order, as a trie would be, so that names sharing a start
 * share the edit table's rows for it, and a start already more than k edits
 * from every start of the query rules out at once every name that shares it.
 * The answers are exactly those of editDistance / prefixDistance (distance.ts).
 */

/** The first `size` names in sorted order, and how many characters each shares with the one before. */
export type SortedNames = {
  order: Uint32Array;
  /** common start with the previous name in `order`, capped at 255 (0 for the first) */
  shared: Uint8Array;
};

function commonStart(a: string, b: string): number {
  const n = Math.min(a.length, b.length, 255);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * The sorted order of the first `size` keys. Names read from the table or a
 * snapshot stored by this version are sorted already: one pass says so.
 */
export function sortNames(keys: readonly string[], size: number): SortedNames {
  let order = new Uint32Array(size);
  for (let i = 0; i < size; i++) order[i] = i;
  let sorted = true;
  for (let i = 1; i < size && sorted; i++) sorted = keys[i - 1]! <= keys[i]!;
  if (!sorted) {
    const positions = Array.from(order);
    positions.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
    order = Uint32Array.from(positions);
  }
  const shared = new Uint8Array(size);
  for (let s = 1; s < size; s++) shared[s] = commonStart(keys[order[s - 1]!]!, keys[order[s]!]!);
  return { order, shared };
}

// Reused by every walk: matching runs on each page view, allocations cost GC pauses.
let table = new Int32Array(0);
let bestPrefix = new Int32Array(0);
let queryCodes = new Int32Array(0);

/**
 * Calls `hit` with each sorted name within `maxEdits` of `query` as a whole
 * (length within maxEdits of the query's, distance above 0), or, when
 * `prefixes`, longer by more than maxEdits, with the query's first character,
 * and a start within maxEdits of the query (`truncated`).
 */
export function walkSorted(
  query: string,
  maxEdits: number,
  keys: readonly string[],
  names: SortedNames,
  prefixes: boolean,
  hit: (position: number, distance: number, truncated: boolean) => void,
): void {
  const m = query.length;
  const k = maxEdits;
  const big = k + 1;
  const deepest = m + k; // no whole name and no start we look at is longer
  const width = m + 1;
  if (table.length < (deepest + 1) * width) table = new Int32Array((deepest + 1) * width * 2);
  if (bestPrefix.length < deepest + 1) bestPrefix = new Int32Array((deepest + 1) * 2);
  if (queryCodes.length < m) queryCodes = new Int32Array(m * 2);
  for (let c = 0; c < m; c++) queryCodes[c] = query.charCodeAt(c);
  const first = queryCodes[0];
  // Row r: the distances from the name's first r characters to each start of the query.
  for (let c = 0; c <= m; c++) table[c] = c < big ? c : big;
  bestPrefix[0] = m < big ? m : big;

  const { order, shared } = names;
  let valid = 0; // rows 0..valid hold the previous name's start
  for (let s = 0; s < order.length; s++) {
    const i = order[s]!;
    const key = keys[i]!;
    const n = key.length;
    let r = s === 0 ? 0 : Math.min(valid, shared[s]!);
    const limit = n < deepest ? n : deepest;
    let hopeless = false;
    while (r < limit) {
      const ch = key.charCodeAt(r);
      const before = r > 0 ? key.charCodeAt(r - 1) : -1;
      const up = r * width;
      const row = up + width;
      const up2 = up - width;
      let least = r + 1 < big ? r + 1 : big;
      table[row] = least;
      for (let c = 1; c <= m; c++) {
        const qc = queryCodes[c - 1]!;
        let d = table[up + c - 1]! + (qc === ch ? 0 : 1);
        const del = table[up + c]! + 1;
        if (del < d) d = del;
        const ins = table[row + c - 1]! + 1;
        if (ins < d) d = ins;
        if (r > 0 && c > 1 && ch === queryCodes[c - 2] && before === qc) {
          const swap = table[up2 + c - 2]! + 1;
          if (swap < d) d = swap;
        }
        if (d > big) d = big;
        table[row + c] = d;
        if (d < least) least = d;
      }
      r++;
      const last = table[row + m]!;
      bestPrefix[r] = last < bestPrefix[r - 1]! ? last : bestPrefix[r - 1]!;
      if (least > k) {
        hopeless = true;
        break;
      }
    }
    valid = r;
    const startsLikeQuery = prefixes && n > deepest && key.charCodeAt(0) === first;
    if (!hopeless) {
      if (n <= deepest) {
        const d = table[n * width + m]!;
        if (n + k >= m && d > 0 && d <= k) hit(i, d, false);
      } else if (startsLikeQuery && bestPrefix[deepest]! <= k) hit(i, bestPrefix[deepest]!, true);
      continue;
    }
    // Every name sharing these r characters is as far: no whole name is close
    // enough, and a long one's start is as close as the best start seen so far.
    const best = bestPrefix[r]!;
    if (startsLikeQuery && best <= k) hit(i, best, true);
    while (s + 1 < order.length && shared[s + 1]! >= r) {
      s++;
      if (best > k || !prefixes) continue;
      const j = order[s]!;
      const other = keys[j]!;
      if (other.length > deepest && other.charCodeAt(0) === first) hit(j, best, true);
    }
  }
}
