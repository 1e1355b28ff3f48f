import type { Commitment, Goal } from './models';

/**
 * What one row's fields say about it. Only types come from the models here:
 * the readiness rules use these, and lib/db/models.ts takes its rule ids from
 * those rules, so a runtime import of the models would be a cycle.
 */

export function isOpenGoal(goal: Goal): boolean {
  return goal.status === 'open' || goal.status === 'in_progress';
}

/** A promise of ours that is still open after its due time: the loudest thing Callprep shows. */
export function isOverdue(c: Commitment, now: number): boolean {
  return c.status === 'open' && c.dueAt !== null && c.dueAt < now;
}
