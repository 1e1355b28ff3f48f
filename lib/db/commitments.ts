import { commitmentInput, commitmentSchema, type Commitment } from './models';
import { makeRepository, systemClock, type Clock } from './repo';
import { isOverdue } from './row-status';
import type { CallprepDB } from './schema';

export { isOverdue };

export const commitments = makeRepository(
  'Commitment',
  (db) => db.commitments,
  commitmentInput,
  commitmentSchema,
);

/** Open first (soonest due first, undated last), then done. */
export function sortCommitments(rows: Commitment[]): Commitment[] {
  const due = (c: Commitment) => c.dueAt ?? Number.MAX_SAFE_INTEGER;
  return [...rows].sort(
    (a, b) => Number(a.status !== 'open') - Number(b.status !== 'open') || due(a) - due(b),
  );
}

export async function listCommitments(db: CallprepDB, customerId: string): Promise<Commitment[]> {
  return sortCommitments(await db.commitments.where('customerId').equals(customerId).toArray());
}

/** Every overdue promise of ours, across customers, oldest first. */
export async function listOverdueOfOurs(db: CallprepDB, now: number): Promise<Commitment[]> {
  // The open ones due before now, by [status+dueAt] (schema version 5): the done ones,
  // most of the table after a year, are never read (the popup and the badge ask often).
  const rows = await db.commitments
    .where('[status+dueAt]')
    .between(['open', -Infinity], ['open', now], true, false)
    .toArray();
  return rows
    .filter((c) => c.owner === 'us' && isOverdue(c, now))
    .sort((a, b) => a.dueAt! - b.dueAt!);
}

export async function completeCommitment(db: CallprepDB, id: string, clock: Clock = systemClock) {
  return commitments.update(db, id, { status: 'done', doneAt: clock() }, clock);
}

export async function reopenCommitment(db: CallprepDB, id: string, clock: Clock = systemClock) {
  return commitments.update(db, id, { status: 'open', doneAt: null }, clock);
}
