import { describe, expect, it } from 'vitest';
import {
  commitmentSchema,
  goalSchema,
  newsSchema,
  noteSchema,
  type Commitment,
  type Goal,
  type News,
  type Note,
} from '@/lib/db/models';
import { CallprepDB } from '@/lib/db/schema';
import {
  agendaSet,
  evaluateRules,
  hasNews,
  hasOpenGoal,
  lastMeetingNotes,
  loadReadinessContext,
  noOverdueCommitment,
  type ReadinessContext,
} from '@/lib/readiness/rules';
import { durationWords } from '@/lib/readiness/time-words';
import { makeMeeting } from './fixtures';

const NOW = Date.UTC(2026, 10, 23, 9);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const t = { createdAt: 0, updatedAt: 0 };

const goal = (status: Goal['status'], extra: Partial<Goal> = {}): Goal =>
  goalSchema.parse({
    id: `g-${Math.random()}`,
    customerId: 'c1',
    statement: 'Cut onboarding',
    status,
    ...t,
    ...extra,
  });
const promise = (p: Partial<Commitment> & { text: string }): Commitment =>
  commitmentSchema.parse({ id: `p-${Math.random()}`, customerId: 'c1', owner: 'us', ...t, ...p });
const newsItem = (sharedAt: number | null): News =>
  newsSchema.parse({
    id: `n-${Math.random()}`,
    customerId: 'c1',
    text: 'Offline mode',
    sharedAt,
    ...t,
  });
const note = (meetingId: string, body: string): Note =>
  noteSchema.parse({ id: `note-${Math.random()}`, customerId: 'c1', meetingId, body, ...t });

function ctx(patch: Partial<ReadinessContext> = {}): ReadinessContext {
  return {
    meeting: makeMeeting({ startsAt: NOW + 2 * HOUR }),
    now: NOW,
    goals: [],
    commitments: [],
    news: [],
    previousMeeting: null,
    previousNotes: [],
    ...patch,
  };
}

describe('has-open-goal', () => {
  it('counts open and in-progress goals', () => {
    const r = hasOpenGoal(ctx({ goals: [goal('open'), goal('in_progress'), goal('achieved')] }));
    expect(r).toMatchObject({ done: true, why: '2 open goals', fix: { section: 'goals' } });
    expect(hasOpenGoal(ctx({ goals: [goal('open')] })).why).toBe('1 open goal');
  });
  it('is open when every goal is achieved or dropped', () => {
    const r = hasOpenGoal(ctx({ goals: [goal('achieved'), goal('dropped')] }));
    expect(r.done).toBe(false);
    expect(r.why).toMatch(/no open goal/i);
    expect(r.fix).toEqual({ section: 'goals', label: 'Add a goal' });
  });
});

describe('no-overdue-commitment', () => {
  it('names the oldest overdue promise of ours and how late it is', () => {
    const r = noOverdueCommitment(
      ctx({
        commitments: [
          promise({ text: 'Send the proposal', dueAt: NOW - HOUR }),
          promise({ text: 'Send the security review answers', dueAt: NOW - 2 * DAY }),
        ],
      }),
    );
    expect(r.done).toBe(false);
    expect(r.why).toBe('“Send the security review answers” was due 2 days ago (and 1 more)');
    expect(r.fix.section).toBe('commitments');
  });
  it('ignores their promises, done promises and undated ones', () => {
    const r = noOverdueCommitment(
      ctx({
        commitments: [
          promise({ text: 'Floor plans', owner: 'them', dueAt: NOW - DAY }),
          promise({ text: 'Intro', dueAt: NOW - DAY, status: 'done', doneAt: NOW - 2 * DAY }),
          promise({ text: 'Someday', dueAt: null }),
        ],
      }),
    );
    expect(r).toMatchObject({ done: true, why: 'Nothing overdue (1 open promise)' });
  });
  it('is done but warns about a promise due before the meeting', () => {
    const r = noOverdueCommitment(
      ctx({ commitments: [promise({ text: 'Send the proposal', dueAt: NOW + HOUR })] }),
    );
    expect(r).toMatchObject({
      done: true,
      why: 'Nothing overdue; “Send the proposal” is due in 1 hour',
    });
  });
  it('is done with no promises at all', () => {
    expect(noOverdueCommitment(ctx()).why).toBe('No open promises of ours');
  });
  it('turns overdue exactly when the due time passes', () => {
    const p = promise({ text: 'Call back', dueAt: NOW });
    expect(noOverdueCommitment(ctx({ commitments: [p] })).done).toBe(true);
    expect(noOverdueCommitment(ctx({ commitments: [p], now: NOW + 1 })).done).toBe(false);
  });
});

describe('has-news', () => {
  it('counts news not yet shared', () => {
    expect(hasNews(ctx({ news: [newsItem(null), newsItem(null), newsItem(NOW)] }))).toMatchObject({
      done: true,
      why: '2 pieces of news to share',
    });
    expect(hasNews(ctx({ news: [newsItem(NOW)] }))).toMatchObject({
      done: false,
      why: 'No news to share yet',
    });
  });
});

describe('agenda-set', () => {
  it('needs a non-blank agenda', () => {
    expect(agendaSet(ctx({ meeting: makeMeeting({ agenda: '   ' }) })).done).toBe(false);
    expect(
      agendaSet(ctx({ meeting: makeMeeting({ agenda: '1. Numbers\n2. Leeds' }) })),
    ).toMatchObject({
      done: true,
      why: 'Agenda set (2 points)',
    });
  });
});

describe('last-meeting-notes', () => {
  const prev = makeMeeting({
    id: 'prev',
    title: 'Discovery',
    startsAt: NOW - 14 * DAY,
    status: 'done',
  });
  it('is done when the previous meeting has a summary or notes', () => {
    expect(
      lastMeetingNotes(ctx({ previousMeeting: { ...prev, summary: 'Pilot agreed' } })),
    ).toMatchObject({
      done: true,
      why: '“Discovery” has a summary',
    });
    expect(
      lastMeetingNotes(
        ctx({ previousMeeting: prev, previousNotes: [note('prev', 'a'), note('prev', 'b')] }),
      ).why,
    ).toBe('“Discovery” has 2 notes');
  });
  it('is open when the previous meeting left nothing written', () => {
    const r = lastMeetingNotes(ctx({ previousMeeting: prev, previousNotes: [note('prev', '  ')] }));
    expect(r.done).toBe(false);
    expect(r.why).toBe('No notes or summary from “Discovery”');
    expect(r.fix.section).toBe('history');
  });
  it('has nothing to read before a first meeting', () => {
    expect(lastMeetingNotes(ctx()).done).toBe(true);
  });
});

describe('loadReadinessContext', () => {
  it('loads the customer data and the previous meeting with its notes', async () => {
    const db = new CallprepDB(`test-${crypto.randomUUID()}`);
    const meeting = makeMeeting({ id: 'now', startsAt: NOW + HOUR });
    await db.meetings.bulkAdd([
      meeting,
      makeMeeting({ id: 'old', startsAt: NOW - 30 * DAY, status: 'done' }),
      makeMeeting({ id: 'prev', title: 'Discovery', startsAt: NOW - 14 * DAY, status: 'done' }),
      makeMeeting({ id: 'cancelled', startsAt: NOW - DAY, status: 'cancelled' }),
      makeMeeting({ id: 'later', startsAt: NOW + 5 * DAY }),
      makeMeeting({ id: 'other', customerId: 'c2', startsAt: NOW - HOUR }),
    ]);
    await db.notes.bulkAdd([note('prev', 'Pilot at Hull'), note('old', 'old note')]);
    await db.goals.bulkAdd([goal('open'), goal('open', { customerId: 'c2' })]);
    await db.commitments.add(promise({ text: 'Send answers', dueAt: NOW - 2 * DAY }));
    await db.news.add(newsItem(null));

    const c = await loadReadinessContext(db, meeting, NOW);
    expect(c.previousMeeting?.id).toBe('prev');
    expect(c.previousNotes.map((n) => n.body)).toEqual(['Pilot at Hull']);
    expect(c.goals).toHaveLength(1);
    const results = evaluateRules(c);
    expect(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.done]))).toEqual({
      'has-open-goal': true,
      'no-overdue-commitment': false,
      'has-news': true,
      'agenda-set': false,
      'last-meeting-notes': true,
    });
  });
});

describe('durationWords', () => {
  it('rounds to the unit that matters', () => {
    expect(durationWords(30_000)).toBe('1 minute');
    expect(durationWords(5 * 60_000)).toBe('5 minutes');
    expect(durationWords(3 * HOUR)).toBe('3 hours');
    expect(durationWords(2 * DAY + HOUR)).toBe('2 days');
  });
});
