import type { Customer } from '../db/models';
import { goalsRecord, type GoalFacts, type GoalsRecord } from './goals';
import {
  onTimeRecord,
  preparedRecord,
  type MeetingFacts,
  type OnTimeRecord,
  type PreparedRecord,
} from './meetings';
import { promiseRecord, type PromiseFacts, type PromiseRecord } from './promises';
import { referralsRecord, type ReferralFacts, type ReferralsRecord } from './referrals';
import { yearsAsCustomer } from './tenure';
import { recordWindow } from './window';

export type RecordInput = {
  customers: readonly Pick<Customer, 'createdAt'>[];
  meetings: readonly MeetingFacts[];
  promises: readonly PromiseFacts[];
  goals: readonly GoalFacts[];
  referrals: readonly ReferralFacts[];
};

/**
 * The relationship record: each component with its own numbers, never folded
 * into one score, over the last 12 months (goals and referrals: all of them).
 */
export type RelationshipRecord = {
  ours: PromiseRecord;
  theirs: PromiseRecord;
  prepared: PreparedRecord;
  onTime: OnTimeRecord;
  goals: GoalsRecord;
  referrals: ReferralsRecord;
  /** one customer: its years; several: the longest */
  years: number;
};

export function relationshipRecord(input: RecordInput, now: number): RelationshipRecord {
  const w = recordWindow(now);
  let firstMeeting: number | null = null;
  for (const m of input.meetings) {
    if (m.status !== 'cancelled' && m.startsAt <= now)
      firstMeeting = firstMeeting === null ? m.startsAt : Math.min(firstMeeting, m.startsAt);
  }
  const years = input.customers.reduce(
    (most, c) => Math.max(most, yearsAsCustomer(c.createdAt, firstMeeting, now)),
    0,
  );
  return {
    ours: promiseRecord(input.promises, 'us', w),
    theirs: promiseRecord(input.promises, 'them', w),
    prepared: preparedRecord(input.meetings, w),
    onTime: onTimeRecord(input.meetings, w),
    goals: goalsRecord(input.goals),
    referrals: referralsRecord(input.referrals),
    years,
  };
}
