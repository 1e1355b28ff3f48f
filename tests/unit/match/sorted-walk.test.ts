import { describe, expect, it } from 'vitest';
import { editDistance, prefixDistance } from '@/lib/match/names/distance';
import { NameIndex } from '@/lib/match/names/name-index';
import { sortNames, walkSorted } from '@/lib/match/names/sorted-walk';

// A small deterministic generator: the same names on every run.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const LETTERS = 'aeinorstlmdkbz';
const OTHER = ['ж', 'о', 'р', 'é', 'ü', '三', '井'];

function names(count: number, seed: number): string[] {
  const r = rng(seed);
  const word = () => {
    const n = 1 + Math.floor(r() * 7);
    let w = '';
    for (let i = 0; i < n; i++)
      w += r() < 0.08 ? OTHER[Math.floor(r() * OTHER.length)] : LETTERS[Math.floor(r() * 14)];
    return w;
  };
  return Array.from({ length: count }, () => (r() < 0.5 ? word() : `${word()} ${word()}`));
}

/** Every name compared, no filter at all: what the walk must find, hit for hit. */
function everyName(keys: readonly string[], q: string, k: number): string[] {
  return keys.flatMap((key, i) => {
    const whole = editDistance(q, key, k);
    if (Math.abs(key.length - q.length) <= k)
      return whole > 0 && whole <= k ? [`${i}:${whole}:whole`] : [];
    if (q.length < 5 || key.length <= q.length || key[0] !== q[0]) return [];
    const cut = prefixDistance(q, key, k);
    return cut <= k ? [`${i}:${cut}:cut`] : [];
  });
}

function walked(keys: readonly string[], q: string, k: number): string[] {
  const found: string[] = [];
  walkSorted(q, k, keys, sortNames(keys, keys.length), q.length >= 5, (i, d, cut) =>
    found.push(`${i}:${d}:${cut ? 'cut' : 'whole'}`),
  );
  return found;
}

describe('fuzzy names: short queries walk the sorted names', () => {
  it('find exactly what comparing every name finds: short, one-word, non-Latin, repeated names', () => {
    const keys = names(4000, 7);
    keys.push('acme', 'acme', 'acmee', 'ac', 'softwares', 'software east', 'sofware');
    const r = rng(11);
    const queries = ['acme', 'acmee', 'softwar', 'sofwtare', 'ж', 'о ж', ''.padEnd(3, 'z')];
    for (let i = 0; i < 200; i++) {
      let q = keys[Math.floor(r() * keys.length)]!;
      if (q.length > 1 && r() < 0.7) {
        const at = Math.floor(r() * q.length);
        q = q.slice(0, at) + q.slice(at + 1); // a dropped letter
      }
      queries.push(q);
    }
    let hits = 0;
    for (const q of queries)
      for (const k of [1, 2, 3]) {
        const found = walked(keys, q, k).sort();
        hits += found.length;
        expect(found, `${q} ±${k}`).toEqual(everyName(keys, q, k).sort());
      }
    expect(hits).toBeGreaterThan(1000);
  });

  it('sorts names stored in any order, keeping repeated names in their order', () => {
    const keys = ['b', 'ab', 'a', 'ab', 'abc'];
    const { order, shared } = sortNames(keys, keys.length);
    expect([...order]).toEqual([2, 1, 3, 4, 0]);
    expect([...shared]).toEqual([0, 1, 2, 2, 0]);
    expect([...sortNames(['a', 'b', 'c'], 3).order]).toEqual([0, 1, 2]);
  });

  it('stores its live names sorted, so an index read back from them sorts nothing', () => {
    const index = new NameIndex('a', ['c1', 'c2', 'c3'], ['zeta', 'alpha', 'mid']);
    index.apply(['c4', 'c2'], ['beta', null]);
    expect(index.entries()).toEqual({ ids: ['c4', 'c3', 'c1'], keys: ['beta', 'mid', 'zeta'] });
    // Its index lines up with its names only once they are sorted: built again from entries().
    const unsorted = new NameIndex('b', ['c1', 'c2'], ['zeta', 'alpha']);
    expect(unsorted.storedIndex()).toBeNull();
    const live = unsorted.entries();
    expect(new NameIndex('c', live.ids, live.keys).storedIndex()?.lengths).toEqual(
      new Uint16Array([5, 4]),
    );
  });

  it('a short name added a second ago is found beside the sorted ones', () => {
    const keys = names(3000, 3);
    const index = new NameIndex(
      'a',
      keys.map((_, i) => `c${i}`),
      keys,
    );
    expect(index.search('zzqx', 1).map((h) => h.customerId)).toEqual([]);
    index.apply(['new'], ['zzqxy']);
    expect(index.search('zzqx', 1)).toEqual([
      { customerId: 'new', nameKey: 'zzqxy', distance: 1, truncated: false },
    ]);
    index.apply(['new'], [null]);
    expect(index.search('zzqx', 1)).toEqual([]);
  });
});

describe('fuzzy names: long queries keep names holding enough of their trigrams', () => {
  it('find exactly what comparing every name finds, with 2 and 3 edits', () => {
    const r = rng(5);
    const keys = names(6000, 9).map((n, i) => `${n} ${names(1, i)[0]} ${i % 7}`);
    const index = new NameIndex(
      'a',
      keys.map((_, i) => `${i}`),
      keys,
    );
    let hits = 0;
    for (let t = 0; t < 150; t++) {
      let q = keys[Math.floor(r() * keys.length)]!;
      // Swaps of neighbours five apart: each destroys four trigrams, the most one edit can.
      const swaps = 1 + Math.floor(r() * 3);
      for (let e = 0, at = 1 + Math.floor(r() * 3); e < swaps && at + 1 < q.length; e++, at += 5)
        q = q.slice(0, at) + q[at + 1] + q[at] + q.slice(at + 2);
      if (q.length < 14) continue;
      for (const k of [2, 3]) {
        const found = index
          .search(q, k)
          .map((h) => `${h.customerId}:${h.distance}:${h.truncated ? 'cut' : 'whole'}`)
          .sort();
        hits += found.length;
        expect(found, `${q} ±${k}`).toEqual(everyName(keys, q, k).sort());
      }
    }
    expect(hits).toBeGreaterThan(100);
  });
});
