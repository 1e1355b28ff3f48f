import type { Commitment, Contact, Customer, Goal, Meeting } from '../db/models';
import { isOpenGoal } from '../db/row-status';
import { calendarDaysFrom, shortDate, timeOfDay } from '../format/dates';

/**
 * The follow-up email after a call, as plain text: thanks, what we heard (their
 * goals in their words), the promises made both ways with their dates, and the
 * next meeting. It puts the promises in writing; the seller edits it before sending.
 */
export type FollowUpInput = {
  customer: Pick<Customer, 'name'>;
  meeting: Pick<Meeting, 'id' | 'title' | 'startsAt' | 'createdAt' | 'summary'>;
  contacts: readonly Pick<Contact, 'name' | 'emails'>[];
  /** the customer's goals */
  goals: readonly Goal[];
  /** the customer's promises, both ways */
  commitments: readonly Commitment[];
  /** the customer's meetings (the next planned one after this is named) */
  meetings: readonly Pick<Meeting, 'id' | 'title' | 'startsAt' | 'status'>[];
  now: number;
};

/** "Maya and Tom", "Maya, Tom and Lena", or the company when no contact is known. */
function greeting(input: FollowUpInput): string {
  const first = input.contacts.map((c) => c.name.split(' ')[0]!).filter(Boolean);
  if (first.length === 0) return `Hello ${input.customer.name} team,`;
  const names =
    first.length === 1 ? first[0]! : `${first.slice(0, -1).join(', ')} and ${first.at(-1)}`;
  return `Hi ${names},`;
}

/** In an email a date is a date: "Fri 27 Nov", never "tomorrow". */
function dateWords(ms: number, now: number): string {
  return shortDate(ms, now);
}

function thanks(input: FollowUpInput): string {
  const { meeting, now } = input;
  const when =
    calendarDaysFrom(meeting.startsAt, now) === 0
      ? 'today'
      : `on ${dateWords(meeting.startsAt, now)}`;
  return `Thank you for your time ${when} (${meeting.title}).`;
}

/**
 * The goals they told us about, in their words: the open ones, and any reached
 * since the meeting began, with the progress recorded.
 */
function heard(input: FollowUpInput): string[] {
  const { meeting } = input;
  const goals = input.goals
    .filter((g) => isOpenGoal(g) || (g.status === 'achieved' && g.updatedAt >= meeting.startsAt))
    .sort((a, b) => a.priority - b.priority);
  const lines = goals.map((g) => {
    const progress =
      g.status === 'achieved' || g.progress >= 100
        ? ' (reached)'
        : g.progress > 0
          ? ` (${Math.round(g.progress)}% of the way there)`
          : '';
    return `- ${g.statement}${progress}`;
  });
  const summary = meeting.summary.trim();
  if (!summary && lines.length === 0) return [];
  return ['What we heard', ...(summary ? [summary] : []), ...lines];
}

/**
 * Since when a promise kept counts as news for this follow-up: since the meeting
 * before this one (what we did since we last spoke), else since this meeting was planned.
 */
function keptSince(
  meeting: Pick<Meeting, 'id' | 'startsAt' | 'createdAt'>,
  meetings: FollowUpInput['meetings'],
): number {
  const before = meetings
    .filter((m) => m.id !== meeting.id && m.status !== 'cancelled' && m.startsAt < meeting.startsAt)
    .sort((a, b) => b.startsAt - a.startsAt)[0];
  return before?.startsAt ?? Math.min(meeting.createdAt, meeting.startsAt);
}

/** Promises made in this meeting both ways, and those kept since we last met. */
export function promisesOfMeeting(
  meeting: Pick<Meeting, 'id' | 'startsAt' | 'createdAt'>,
  commitments: readonly Commitment[],
  meetings: FollowUpInput['meetings'] = [],
): Commitment[] {
  const since = keptSince(meeting, meetings);
  return commitments
    .filter(
      (c) =>
        c.status !== 'dropped' &&
        (c.meetingId === meeting.id ||
          (c.status === 'done' && c.doneAt !== null && c.doneAt >= since)),
    )
    .sort((a, b) => (a.dueAt ?? Number.MAX_SAFE_INTEGER) - (b.dueAt ?? Number.MAX_SAFE_INTEGER));
}

function promiseLine(c: Commitment, now: number): string {
  const by = c.dueAt === null ? '' : `, by ${dateWords(c.dueAt, now)}`;
  return `- ${c.text}${by}${c.status === 'done' ? ' (done)' : ''}`;
}

function agreed(input: FollowUpInput): string[] {
  const promises = promisesOfMeeting(input.meeting, input.commitments, input.meetings);
  const ours = promises.filter((c) => c.owner === 'us');
  const theirs = promises.filter((c) => c.owner === 'them');
  if (promises.length === 0) return [];
  return [
    'What we agreed',
    ...(ours.length ? ['We will:', ...ours.map((c) => promiseLine(c, input.now))] : []),
    ...(theirs.length ? ['You will:', ...theirs.map((c) => promiseLine(c, input.now))] : []),
  ];
}

export function nextMeetingAfter(
  meeting: Pick<Meeting, 'id' | 'startsAt'>,
  meetings: FollowUpInput['meetings'],
): FollowUpInput['meetings'][number] | null {
  return (
    [...meetings]
      .filter((m) => m.id !== meeting.id && m.status === 'planned' && m.startsAt > meeting.startsAt)
      .sort((a, b) => a.startsAt - b.startsAt)[0] ?? null
  );
}

function next(input: FollowUpInput): string[] {
  const m = nextMeetingAfter(input.meeting, input.meetings);
  if (!m) return [];
  return [
    `Next time we meet: ${m.title}, ${dateWords(m.startsAt, input.now)} at ${timeOfDay(m.startsAt)}.`,
  ];
}

export function followUpSubject(input: Pick<FollowUpInput, 'meeting'>): string {
  return `Following up: ${input.meeting.title}`;
}

/** The whole draft, paragraphs separated by a blank line. */
export function followUpText(input: FollowUpInput): string {
  const paragraphs = [[greeting(input)], [thanks(input)], heard(input), agreed(input), next(input)]
    .filter((p) => p.length > 0)
    .map((p) => p.join('\n'));
  return [...paragraphs, 'Best regards,'].join('\n\n') + '\n';
}
