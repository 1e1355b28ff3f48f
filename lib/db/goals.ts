import { goalInput, goalSchema, type Goal } from './models';
import { makeRepository } from './repo';
import type { CallprepDB } from './schema';

export { isOpenGoal } from './row-status';

export const goals = makeRepository('Goal', (db) => db.goals, goalInput, goalSchema);

const STATUS_ORDER: Record<Goal['status'], number> = {
  in_progress: 0,
  open: 1,
  achieved: 2,
  dropped: 3,
};

/** Live goals first (by priority), then achieved, then dropped. */
export function sortGoals(rows: Goal[]): Goal[] {
  return [...rows].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      a.priority - b.priority ||
      a.createdAt - b.createdAt,
  );
}

export async function listGoals(db: CallprepDB, customerId: string): Promise<Goal[]> {
  return sortGoals(await db.goals.where('customerId').equals(customerId).toArray());
}

/** Writes a new order for a customer's goals: `orderedIds[0]` becomes first. */
export async function reorderGoals(
  db: CallprepDB,
  orderedIds: string[],
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.goals, async () => {
    for (const [index, id] of orderedIds.entries()) {
      await db.goals.update(id, { priority: index, updatedAt: now });
    }
  });
}
