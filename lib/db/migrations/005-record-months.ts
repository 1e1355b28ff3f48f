import { rebuildTalliesIn } from '../../record/tally-store';
import type { MigrationStep } from './step';

export const step: MigrationStep = {
  // My record's monthly tallies (lib/record/tally.ts), kept by a middleware on
  // every write, so My record reads a few dozen rows instead of a year of
  // meetings. Derived data: never in a backup, rebuilt from the rows here.
  // This month is read from its rows (its counts move with the clock): promises
  // by [status+dueAt] (the done ones due from this month on, the open ones
  // overdue; also Today's open promises due) and goals by updatedAt.
  version: 5,
  stores: {
    recordMonths: 'key',
    commitments: 'id, customerId, meetingId, dueAt, [status+dueAt]',
    goals: 'id, customerId, updatedAt',
  },
  upgrade: (tx) => rebuildTalliesIn(tx, 5),
};
