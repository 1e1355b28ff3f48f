/**
 * The last rule of matchCustomer: a name that is not any customer's, but a typo
 * away from one. Pure: it judges the hits of a NameIndex search.
 *
 * - A typo: the whole name within `allowedEdits` (≤ 2, ≤ 1 for short names, none
 *   for three letters) of exactly one customer is a match; of several at the same
 *   distance, a choice between them.
 * - A cut-off name ("Initech Softwar") that starts several customers' names is a
 *   choice between them; starting one, it is only a suggestion.
 * - One edit further than allowed: a suggestion ("Did you mean …?"), never a match.
 */
import type { NameHit } from './names/name-index';

/** Confidences of the fuzzy rule, all below the company-name rule's 0.75. */
export const FUZZY_CONFIDENCE = {
  /** minus FUZZY_CONFIDENCE.perEdit for each edit */
  typo: 0.6,
  perEdit: 0.1,
  truncated: 0.3,
  suggestion: 0.2,
} as const;

/** At most this many "Did you mean …?" names. */
export const MAX_SUGGESTIONS = 3;

// Scripts whose one character is a whole syllable or word: one changed character
// is a different name ("三井" is not a typo of "三菱").
const LOGOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** How many edits a typo of `nameKey` may have and still name the customer. */
export function allowedEdits(nameKey: string): number {
  const letters = nameKey.replace(/ /g, '');
  const length = [...letters].length;
  if (LOGOGRAPHIC.test(letters)) return length >= 6 ? 1 : 0;
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  return 2;
}

/** How far a NameIndex search must look: one edit beyond a match, for suggestions. */
export function searchEdits(nameKey: string): number {
  return allowedEdits(nameKey) + 1;
}

export type ScoredName = NameHit & { confidence: number };

export type NameJudgement = {
  /** customers the page may be about, best first (several: a choice) */
  matches: ScoredName[];
  /** close names that are not evidence enough, best first */
  suggestions: ScoredName[];
};

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Within one distance, the likelier typo first (same first letter, same
 * length): a few thousandths, far less than the 0.05 that makes a choice.
 */
function typoOrder(query: string, hit: NameHit): number {
  return (
    (hit.nameKey.charCodeAt(0) === query.charCodeAt(0) ? 0.004 : 0) +
    (hit.nameKey.length === query.length ? 0.002 : 0)
  );
}

export function judgeNames(query: string, hits: readonly NameHit[]): NameJudgement {
  const allowed = allowedEdits(query);
  const typos: ScoredName[] = [];
  const truncated: ScoredName[] = [];
  const near: ScoredName[] = [];
  for (const hit of hits) {
    if (hit.distance > allowed) {
      near.push({ ...hit, confidence: round3(FUZZY_CONFIDENCE.suggestion - 0.05 * hit.distance) });
    } else if (hit.truncated) {
      truncated.push({ ...hit, confidence: FUZZY_CONFIDENCE.truncated });
    } else {
      const c = FUZZY_CONFIDENCE.typo - FUZZY_CONFIDENCE.perEdit * hit.distance;
      typos.push({ ...hit, confidence: round3(c + typoOrder(query, hit)) });
    }
  }
  const best = (a: ScoredName, b: ScoredName) =>
    b.confidence - a.confidence || a.nameKey.localeCompare(b.nameKey);
  typos.sort(best);
  truncated.sort(best);
  near.sort(best);
  if (typos.length > 0) return { matches: [...typos, ...truncated], suggestions: [] };
  if (truncated.length > 1) return { matches: truncated, suggestions: [] };
  return { matches: [], suggestions: [...truncated, ...near].slice(0, MAX_SUGGESTIONS) };
}
