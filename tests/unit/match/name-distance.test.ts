import { describe, expect, it } from 'vitest';
import { bitCount, charMask, editDistance, prefixDistance } from '@/lib/match/names/distance';
import { allowedEdits, judgeNames } from '@/lib/match/fuzzy-name';
import type { NameHit } from '@/lib/match/names/name-index';

describe('editDistance (optimal string alignment, bounded)', () => {
  it('counts a dropped, doubled, changed or swapped letter as one edit', () => {
    expect(editDistance('northwind', 'nortwind', 2)).toBe(1);
    expect(editDistance('northwind', 'northwinnd', 2)).toBe(1);
    expect(editDistance('northwind', 'northwknd', 2)).toBe(1);
    expect(editDistance('northwind', 'nortwhind', 2)).toBe(1);
    expect(editDistance('acme', 'acme', 2)).toBe(0);
  });

  it('adds up edits in different words of the name', () => {
    expect(editDistance('initec softwares', 'initech software', 3)).toBe(2);
  });

  it('stops at max + 1 for names further away', () => {
    expect(editDistance('globex', 'umbrella', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('works on any script', () => {
    expect(editDistance('газпром', 'газпорм', 2)).toBe(1);
    expect(editDistance('三菱商事', '三井商事', 2)).toBe(1);
  });
});

describe('prefixDistance', () => {
  it('measures a cut-off name against the start of a longer one', () => {
    expect(prefixDistance('initech softwar', 'initech software east', 1)).toBe(0);
    expect(prefixDistance('intech softwar', 'initech software east', 1)).toBe(1);
    expect(prefixDistance('globex', 'initech software east', 1)).toBe(2);
  });
});

describe('charMask', () => {
  it('differs in at most two bits per edit, so far names are skipped without a table', () => {
    const a = charMask('northwind');
    expect(bitCount(a ^ charMask('nortwind'))).toBeLessThanOrEqual(2);
    expect(bitCount(a ^ charMask('northwknd'))).toBeLessThanOrEqual(2);
    expect(bitCount(a ^ charMask('zebulon'))).toBeGreaterThan(4);
  });
});

describe('allowedEdits', () => {
  it('allows two edits in long names, one in short names, none in three letters', () => {
    expect(allowedEdits('northwind traders')).toBe(2);
    expect(allowedEdits('contoso')).toBe(1);
    expect(allowedEdits('ibm')).toBe(0);
  });

  it('allows no changed character in short Chinese or Japanese names', () => {
    expect(allowedEdits('三菱商事')).toBe(0);
    expect(allowedEdits('トヨタ自動車工業')).toBe(1);
  });
});

const hit = (
  customerId: string,
  nameKey: string,
  distance: number,
  truncated = false,
): NameHit => ({
  customerId,
  nameKey,
  distance,
  truncated,
});

describe('judgeNames', () => {
  it('one closest typo is the match, further ones are runners-up', () => {
    const j = judgeNames('northwnd traders', [
      hit('b', 'northwind trader', 2),
      hit('a', 'northwind traders', 1),
    ]);
    expect(j.matches.map((m) => m.customerId)).toEqual(['a', 'b']);
    expect(j.matches[0]!.confidence - j.matches[1]!.confidence).toBeGreaterThan(0.05);
    expect(j.suggestions).toEqual([]);
  });

  it('two typos at the same distance stay within a choice of each other', () => {
    const j = judgeNames('acme eats', [hit('a', 'acme east', 1), hit('b', 'acme seats', 1)]);
    expect(j.matches).toHaveLength(2);
    expect(Math.abs(j.matches[0]!.confidence - j.matches[1]!.confidence)).toBeLessThanOrEqual(0.05);
  });

  it('one edit more than allowed is a suggestion, never a match', () => {
    const j = judgeNames('contoso', [hit('a', 'contosso', 1), hit('b', 'kontosso', 2)]);
    expect(j.matches.map((m) => m.customerId)).toEqual(['a']);
    const weak = judgeNames('ibm', [hit('a', 'ibn', 1)]);
    expect(weak.matches).toEqual([]);
    expect(weak.suggestions.map((s) => s.customerId)).toEqual(['a']);
  });

  it('a cut-off name starting one customer is a suggestion; starting several, a choice', () => {
    const one = judgeNames('initech softwar', [hit('a', 'initech software east', 0, true)]);
    expect(one.matches).toEqual([]);
    expect(one.suggestions.map((s) => s.customerId)).toEqual(['a']);
    const two = judgeNames('initech softwar', [
      hit('a', 'initech software east', 0, true),
      hit('b', 'initech software west', 0, true),
    ]);
    expect(two.matches.map((m) => m.customerId)).toEqual(['a', 'b']);
  });
});
