import { describe, expect, it, vi } from 'vitest';
import { loadContextFor } from '@/lib/readiness/context';
import { evaluateRules, loadReadinessContext } from '@/lib/readiness/rules';
import { CallprepDB } from '@/lib/db/schema';
import { makeMeeting } from './fixtures';
import { DAY, goal, HOUR, newsItem, note, NOW, promise } from './rule-fixtures';

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

describe('loadContextFor', () => {
  it('reads only the tables asked for, each once, however many ask', async () => {
    const db = new CallprepDB(`test-${crypto.randomUUID()}`);
    const meeting = makeMeeting({ id: 'now', startsAt: NOW + HOUR });
    await db.meetings.bulkAdd([
      meeting,
      makeMeeting({ id: 'prev', startsAt: NOW - DAY, status: 'done' }),
    ]);
    await db.notes.add(note('prev', 'Pilot at Hull'));
    await db.goals.add(goal('open'));
    const reads = {
      goals: vi.spyOn(db.goals, 'where'),
      commitments: vi.spyOn(db.commitments, 'where'),
      news: vi.spyOn(db.news, 'where'),
      meetings: vi.spyOn(db.meetings, 'where'),
      notes: vi.spyOn(db.notes, 'where'),
    };

    const c = await loadContextFor(['meetings', 'notes', 'meetings'], db, meeting, NOW);
    expect(c.previousMeeting?.id).toBe('prev');
    expect(c.previousNotes).toHaveLength(1);
    expect(c.goals).toEqual([]);
    expect(
      Object.fromEntries(Object.entries(reads).map(([t, spy]) => [t, spy.mock.calls.length])),
    ).toEqual({ goals: 0, commitments: 0, news: 0, meetings: 1, notes: 1 });
  });
});
