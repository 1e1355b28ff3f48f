import { listChecklist } from '../db/checklist';
import type { ChecklistItem, Meeting, RuleId } from '../db/models';
import type { CallprepDB } from '../db/schema';
import { evaluateRules, loadReadinessContext, type RuleResult } from './rules';
import { scoreReadiness, type Readiness } from './score';

/** One meeting with its checklist, rule results and readiness. */
export type MeetingReadiness = {
  meeting: Meeting;
  items: ChecklistItem[];
  rules: Record<RuleId, RuleResult>;
  readiness: Readiness;
};

export async function readinessOf(
  db: CallprepDB,
  meeting: Meeting,
  now: number,
): Promise<MeetingReadiness> {
  const [items, ctx] = await Promise.all([
    listChecklist(db, meeting.id),
    loadReadinessContext(db, meeting, now),
  ]);
  const rules = evaluateRules(ctx);
  return { meeting, items, rules, readiness: scoreReadiness(items, rules) };
}

/** Loads a meeting by id and scores it; undefined when it does not exist. */
export async function loadMeetingReadiness(
  db: CallprepDB,
  meetingId: string,
  now: number,
): Promise<MeetingReadiness | undefined> {
  const meeting = await db.meetings.get(meetingId);
  return meeting ? readinessOf(db, meeting, now) : undefined;
}
