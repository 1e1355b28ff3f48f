/**
 * The side-panel places a rule's fix button can take the seller to, each with
 * the element the panel scrolls to and focuses. A rule names one of these keys
 * as its `fixIn`; tests/unit/conventions/rules.test.ts renders the side panel
 * and fails when a rule's target is missing from it.
 */
export const FIX_TARGETS = {
  goals: '#panel-goals-title',
  commitments: '#panel-commitments-title',
  news: '#panel-news-title',
  // the agenda is a field, not a section: the seller lands in it, ready to type
  agenda: '#panel-agenda textarea',
  history: '#panel-history-title',
} as const;

/** Where a rule's fix lives (a side-panel section). */
export type RuleSection = keyof typeof FIX_TARGETS;
