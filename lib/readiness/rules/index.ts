import type { RuleId } from '../../db/models';
import type { CallprepDB } from '../../db/schema';
import { loadContextFor, type ReadinessContext, type ReadTable } from '../context';
import type { Rule, RuleResult } from './define';

export { findPreviousMeeting, type ReadinessContext, type ReadTable } from '../context';
export type { RuleSection } from '../fix-targets';
export type { Rule, RuleFix, RuleResult, RuleVerdict } from './define';

/**
 * Every auto-checked checklist rule: one file each beside this one, named by its
 * id and default-exporting its `defineRule(...)`. They are found here, so adding
 * a rule is adding its file (and its test); the ids the models accept, the
 * labels, the tables the context loads and those the badge watches all follow.
 * Rule files import no runtime code that reaches lib/db/models.ts, which reads
 * RULE_IDS from here (lib/db/row-status.ts holds the row predicates they use).
 * The glob keeps the plain eager form (one pattern, no `import:` option): the
 * bench's esbuild plugin (tests/bench/import-glob.ts) expands exactly that.
 */
const ruleFiles = import.meta.glob<{ default?: Rule }>('./*.ts', { eager: true });
const NOT_RULES = new Set(['./index.ts', './define.ts']);

/** The rules, by file name (their ids), so the order never depends on the file system. */
export const RULE_LIST: readonly Rule[] = Object.keys(ruleFiles)
  .filter((path) => !NOT_RULES.has(path))
  .sort()
  .map((path) => {
    const rule = ruleFiles[path]?.default;
    // loud at once: a silently missing rule would leave its checklist items unchecked forever
    if (!rule) throw new Error(`${path} must \`export default defineRule({...})\``);
    return rule;
  });

export const RULE_IDS: readonly string[] = RULE_LIST.map((rule) => rule.id);

export const RULES: Readonly<Record<RuleId, Rule>> = Object.fromEntries(
  RULE_LIST.map((rule) => [rule.id, rule]),
);

/** What the template editor offers for each rule. */
export const RULE_LABELS: Readonly<Record<RuleId, string>> = Object.fromEntries(
  RULE_LIST.map((rule) => [rule.id, rule.label]),
);

/** Every table some rule reads: what the context loads and what moves readiness. */
export const RULE_READS: ReadonlySet<ReadTable> = new Set(RULE_LIST.flatMap((rule) => rule.reads));

export type RuleResults = Partial<Record<RuleId, RuleResult>>;

/** Loads what the registered rules read about one meeting, each table once. */
export function loadReadinessContext(
  db: CallprepDB,
  meeting: ReadinessContext['meeting'],
  now: number,
): Promise<ReadinessContext> {
  return loadContextFor(RULE_READS, db, meeting, now);
}

/** Every rule's result for one context. */
export function evaluateRules(ctx: ReadinessContext): Record<RuleId, RuleResult> {
  const out: Record<RuleId, RuleResult> = {};
  for (const rule of RULE_LIST) out[rule.id] = rule.evaluate(ctx);
  return out;
}
