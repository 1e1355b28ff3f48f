/**
 * Edit distances between normalized names: optimal string alignment (Levenshtein
 * plus the swap of two neighbours, the typo people make most), bounded so that
 * a name clearly too far away costs a few cells, not the whole table.
 */

// Three reusable rows: matching runs thousands of comparisons per query.
let prev2 = new Int32Array(64);
let prev = new Int32Array(64);
let row = new Int32Array(64);

function ensure(width: number): void {
  if (row.length >= width) return;
  const size = Math.max(width, row.length * 2);
  prev2 = new Int32Array(size);
  prev = new Int32Array(size);
  row = new Int32Array(size);
}

/**
 * The table's last row: the distance from `a` to each prefix `b[0..j)`, stopping
 * early (returning false) once every cell exceeds `max`.
 */
function lastRow(a: string, b: string, max: number): boolean {
  const n = b.length;
  ensure(n + 1);
  const big = max + 1;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    row[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = prev[j - 1]! + (ca === cb ? 0 : 1);
      const del = prev[j]! + 1;
      if (del < d) d = del;
      const ins = row[j - 1]! + 1;
      if (ins < d) d = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const swap = prev2[j - 2]! + 1;
        if (swap < d) d = swap;
      }
      row[j] = d > big ? big : d;
      if (d < best) best = d;
    }
    if (best > max) return false;
    const t = prev2;
    prev2 = prev;
    prev = row;
    row = t;
  }
  return true;
}

/** The optimal-string-alignment distance from `a` to `b`, or `max + 1` when it is larger. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (!lastRow(a, b, max)) return max + 1;
  return Math.min(prev[b.length]!, max + 1);
}

/**
 * How far `a` is from the start of `b` (a page that cut a long name short:
 * "Initech Softwar" and "Initech Software East"): the distance to the closest
 * prefix of `b`, or `max + 1`.
 */
export function prefixDistance(a: string, b: string, max: number): number {
  const head = b.slice(0, a.length + max);
  if (!lastRow(a, head, max)) return max + 1;
  let best = max + 1;
  for (let j = Math.max(0, a.length - max); j <= head.length; j++)
    if (prev[j]! < best) best = prev[j]!;
  return best;
}

/**
 * 32 bits saying which characters a name has (a–z one bit each, anything else
 * folded into six): one edit flips at most two bits, so names whose masks differ
 * in more than 2·k bits are more than k edits apart and need no table at all.
 */
export function charMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) continue;
    mask |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return mask;
}

export function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
