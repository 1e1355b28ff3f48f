import type { ContextFor, ReadinessContext, ReadTable } from '../context';
import type { RuleSection } from '../fix-targets';

export type RuleFix = { section: RuleSection; label: string };

export type RuleResult = {
  done: boolean;
  /** the reason in words: "2 open goals", "“Send the security review answers” was due 2 days ago" */
  why: string;
  /** where to go to change the result */
  fix: RuleFix;
};

/** What a check decides; the rule adds where its fix lives. */
export type RuleVerdict = {
  done: boolean;
  why: string;
  /** the words on the fix button: "Add a goal", "Edit agenda" */
  fixLabel: string;
};

/** One auto-checked checklist item, as registered in lib/readiness/rules/index.ts. */
export type Rule = {
  /** stored in checklistItems.rule and templates; the rule's file is named after it */
  id: string;
  /** what the template editor offers: "The customer has an open goal" */
  label: string;
  /** the tables the check reads: the context loads them, and the badge watches them */
  reads: readonly ReadTable[];
  /** the side-panel place its fix button opens */
  fixIn: RuleSection;
  evaluate(ctx: ReadinessContext): RuleResult;
};

/**
 * Declares one rule. `check` is a pure function of the context and sees only
 * the tables listed in `reads` (anything else is a type error), so `reads`
 * stays true and the badge never misses a change that moves a rule.
 */
export function defineRule<const T extends ReadTable>(spec: {
  id: string;
  label: string;
  reads: readonly [T, ...T[]];
  fixIn: RuleSection;
  check(ctx: ContextFor<T>): RuleVerdict;
}): Rule {
  const { check, ...rule } = spec;
  return {
    ...rule,
    evaluate(ctx) {
      const { done, why, fixLabel } = check(ctx);
      return { done, why, fix: { section: spec.fixIn, label: fixLabel } };
    },
  };
}
