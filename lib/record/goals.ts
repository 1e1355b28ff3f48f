import type { Goal } from '../db/models';

export type GoalFacts = Pick<Goal, 'status' | 'progress'>;

export type GoalsRecord = {
  achieved: number;
  /** open or in progress with some progress recorded */
  advancing: number;
  /** open or in progress with no progress recorded yet */
  notStarted: number;
  dropped: number;
};

/** How the customer's goals stand: achieved, moving (progress recorded), not started, dropped. */
export function goalsRecord(rows: readonly GoalFacts[]): GoalsRecord {
  const r: GoalsRecord = { achieved: 0, advancing: 0, notStarted: 0, dropped: 0 };
  for (const g of rows) {
    if (g.status === 'achieved') r.achieved++;
    else if (g.status === 'dropped') r.dropped++;
    else if (g.progress > 0) r.advancing++;
    else r.notStarted++;
  }
  return r;
}
