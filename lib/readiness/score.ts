import type { ChecklistItem, RuleId } from '../db/models';
import type { RuleResult, RuleResults } from './rules';

/**
 * Readiness of one meeting: the weighted share of checklist items done (an
 * auto-checked item counts as done when its rule says so; a manual item when the
 * seller ticked it), and `ready` when every required item is done.
 */

/** A checklist item with its effective state (rule result for auto items). */
export type ScoredItem = {
  item: ChecklistItem;
  done: boolean;
  /** true when a rule decides it (not tickable by hand) */
  auto: boolean;
  /** the rule's result, for auto items whose rule was evaluated */
  rule?: RuleResult;
};

export type Readiness = {
  /** 0..1 */
  score: number;
  /** 0..100, never 100 unless everything that counts is done */
  percent: number;
  /** every required item is done */
  ready: boolean;
  doneCount: number;
  total: number;
  /** no checklist items at all */
  empty: boolean;
  items: ScoredItem[];
  /** the first required item still open, in checklist order */
  firstOpenRequired: ScoredItem | null;
  /** the first item still open (required first, then by order) */
  firstOpen: ScoredItem | null;
};

/** Whether one item counts as done, given rule results (falls back to the stored flag). */
export function scoreItem(item: ChecklistItem, rules: RuleResults = {}): ScoredItem {
  if (item.rule) {
    const result = rules[item.rule as RuleId];
    if (result) return { item, done: result.done, auto: true, rule: result };
    return { item, done: item.done, auto: true };
  }
  return { item, done: item.done, auto: false };
}

export function scoreReadiness(items: ChecklistItem[], rules: RuleResults = {}): Readiness {
  const scored = [...items].sort((a, b) => a.order - b.order).map((item) => scoreItem(item, rules));
  const total = scored.length;
  const doneCount = scored.filter((s) => s.done).length;
  const weight = (s: ScoredItem) => Math.max(0, s.item.weight);
  const totalWeight = scored.reduce((sum, s) => sum + weight(s), 0);
  let score: number;
  if (total === 0) score = 1;
  else if (totalWeight === 0)
    score = doneCount / total; // all weights zero: count items
  else score = scored.filter((s) => s.done).reduce((sum, s) => sum + weight(s), 0) / totalWeight;

  const allDone = doneCount === total;
  let percent = Math.round(score * 100);
  if (!allDone && percent >= 100) percent = 99;
  if (allDone) percent = 100;

  const firstOpenRequired = scored.find((s) => s.item.required && !s.done) ?? null;
  return {
    score,
    percent,
    ready: firstOpenRequired === null,
    doneCount,
    total,
    empty: total === 0,
    items: scored,
    firstOpenRequired,
    firstOpen: firstOpenRequired ?? scored.find((s) => !s.done) ?? null,
  };
}

/**
 * What to do next about an open item, in words. An open automatic item is said
 * as its rule's problem ("A promise of ours is overdue: …"), since its text
 * states the goal ("None of our promises is overdue") and would read as if it
 * were already true; a manual item is its own text.
 */
export function nextStepWords(entry: ScoredItem): string {
  return entry.auto && entry.rule && !entry.done ? entry.rule.why : entry.item.text;
}

/** "60% ready" / "Ready" / "No checklist", for labels and reminders. */
export function readinessLabel(r: Pick<Readiness, 'percent' | 'ready' | 'empty'>): string {
  if (r.empty) return 'No checklist';
  return r.ready && r.percent === 100
    ? 'Ready'
    : r.ready
      ? `Ready (${r.percent}%)`
      : `${r.percent}% ready`;
}
