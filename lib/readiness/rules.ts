import { isOverdue } from '../db/commitments';
import { isOpenGoal } from '../db/goals';
import type { Commitment, Goal, Meeting, News, Note, RuleId } from '../db/models';
import type { CallprepDB } from '../db/schema';
import { relativeWords } from './time-words';

/**
 * Auto-checked readiness items: each rule is a pure function of a
 * `ReadinessContext` (loaded once with `loadReadinessContext`) and says whether
 * the item is done and why, in words, with the part of the customer it links to
 * so the seller can fix it in one click.
 */

/** Where a rule's fix lives (a side-panel section). */
export type RuleSection = 'goals' | 'commitments' | 'news' | 'agenda' | 'history';

export type RuleFix = { section: RuleSection; label: string };

export type RuleResult = {
  done: boolean;
  /** the reason in words: "2 open goals", "“Send the security review answers” was due 2 days ago" */
  why: string;
  /** where to go to change the result */
  fix: RuleFix;
};

export type RuleResults = Partial<Record<RuleId, RuleResult>>;

/** Everything the rules read about one meeting, loaded in one go. */
export type ReadinessContext = {
  meeting: Meeting;
  now: number;
  goals: Goal[];
  /** all of the customer's commitments (ours and theirs) */
  commitments: Commitment[];
  news: News[];
  /** the latest non-cancelled meeting with this customer that started before this one */
  previousMeeting: Meeting | null;
  /** notes written for previousMeeting */
  previousNotes: Note[];
};

export async function loadReadinessContext(
  db: CallprepDB,
  meeting: Meeting,
  now: number,
): Promise<ReadinessContext> {
  const customerId = meeting.customerId;
  const [goals, commitments, news, meetings] = await Promise.all([
    db.goals.where('customerId').equals(customerId).toArray(),
    db.commitments.where('customerId').equals(customerId).toArray(),
    db.news.where('customerId').equals(customerId).toArray(),
    db.meetings.where('customerId').equals(customerId).toArray(),
  ]);
  const previousMeeting = findPreviousMeeting(meetings, meeting);
  const previousNotes = previousMeeting
    ? await db.notes.where('meetingId').equals(previousMeeting.id).toArray()
    : [];
  return { meeting, now, goals, commitments, news, previousMeeting, previousNotes };
}

export function findPreviousMeeting(meetings: Meeting[], meeting: Meeting): Meeting | null {
  let best: Meeting | null = null;
  for (const m of meetings) {
    if (m.id === meeting.id || m.status === 'cancelled' || m.startsAt >= meeting.startsAt) continue;
    if (!best || m.startsAt > best.startsAt) best = m;
  }
  return best;
}

const quote = (s: string) => `“${s.length > 80 ? `${s.slice(0, 79)}…` : s}”`;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function hasOpenGoal(ctx: ReadinessContext): RuleResult {
  const open = ctx.goals.filter(isOpenGoal).length;
  return open > 0
    ? {
        done: true,
        why: count(open, 'open goal', 'open goals'),
        fix: { section: 'goals', label: 'Review goals' },
      }
    : {
        done: false,
        why: 'No open goal yet: ask what they want to accomplish',
        fix: { section: 'goals', label: 'Add a goal' },
      };
}

export function noOverdueCommitment(ctx: ReadinessContext): RuleResult {
  const ours = ctx.commitments.filter((c) => c.owner === 'us');
  const overdue = ours.filter((c) => isOverdue(c, ctx.now)).sort((a, b) => a.dueAt! - b.dueAt!);
  const fix = { section: 'commitments', label: 'See promises' } as const;
  if (overdue.length > 0) {
    const first = overdue[0]!;
    const more = overdue.length > 1 ? ` (and ${overdue.length - 1} more)` : '';
    return {
      done: false,
      why: `${quote(first.text)} was due ${relativeWords(first.dueAt!, ctx.now)}${more}`,
      fix,
    };
  }
  // Not overdue yet, but due before the meeting starts: worth saying.
  const dueSoon = ours
    .filter((c) => c.status === 'open' && c.dueAt !== null && c.dueAt <= ctx.meeting.startsAt)
    .sort((a, b) => a.dueAt! - b.dueAt!)[0];
  if (dueSoon) {
    return {
      done: true,
      why: `Nothing overdue; ${quote(dueSoon.text)} is due ${relativeWords(dueSoon.dueAt!, ctx.now)}`,
      fix,
    };
  }
  const open = ours.filter((c) => c.status === 'open').length;
  return {
    done: true,
    why:
      open > 0
        ? `Nothing overdue (${count(open, 'open promise', 'open promises')})`
        : 'No open promises of ours',
    fix,
  };
}

export function hasNews(ctx: ReadinessContext): RuleResult {
  const unshared = ctx.news.filter((n) => n.sharedAt === null).length;
  return unshared > 0
    ? {
        done: true,
        why: `${count(unshared, 'piece', 'pieces')} of news to share`,
        fix: { section: 'news', label: 'See news' },
      }
    : {
        done: false,
        why: 'No news to share yet',
        fix: { section: 'news', label: 'Add news' },
      };
}

export function agendaSet(ctx: ReadinessContext): RuleResult {
  const agenda = ctx.meeting.agenda.trim();
  const lines = agenda ? agenda.split('\n').filter((l) => l.trim()).length : 0;
  return agenda
    ? {
        done: true,
        why: lines > 1 ? `Agenda set (${lines} points)` : 'Agenda set',
        fix: { section: 'agenda', label: 'Edit agenda' },
      }
    : {
        done: false,
        why: 'No agenda yet',
        fix: { section: 'agenda', label: 'Write the agenda' },
      };
}

export function lastMeetingNotes(ctx: ReadinessContext): RuleResult {
  const prev = ctx.previousMeeting;
  const fix = { section: 'history', label: 'Open last meeting' } as const;
  if (!prev) return { done: true, why: 'First meeting with them: nothing to read yet', fix };
  const notes = ctx.previousNotes.filter((n) => n.body.trim()).length;
  const hasSummary = prev.summary.trim() !== '';
  if (notes === 0 && !hasSummary) {
    return {
      done: false,
      why: `No notes or summary from ${quote(prev.title)}`,
      fix: { section: 'history', label: 'Add notes to last meeting' },
    };
  }
  const parts = [hasSummary ? 'a summary' : '', notes ? count(notes, 'note', 'notes') : '']
    .filter(Boolean)
    .join(' and ');
  return { done: true, why: `${quote(prev.title)} has ${parts}`, fix };
}

export const RULES: Record<RuleId, (ctx: ReadinessContext) => RuleResult> = {
  'has-open-goal': hasOpenGoal,
  'no-overdue-commitment': noOverdueCommitment,
  'has-news': hasNews,
  'agenda-set': agendaSet,
  'last-meeting-notes': lastMeetingNotes,
};

/** Every rule's result for one context. */
export function evaluateRules(ctx: ReadinessContext): Record<RuleId, RuleResult> {
  const out = {} as Record<RuleId, RuleResult>;
  for (const [id, rule] of Object.entries(RULES) as [RuleId, (c: ReadinessContext) => RuleResult][])
    out[id] = rule(ctx);
  return out;
}
