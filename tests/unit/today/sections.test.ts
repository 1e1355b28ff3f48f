import { describe, expect, it } from 'vitest';
import { loadToday } from '@/lib/today/load';
import {
  foundAgo,
  goalNeedsHand,
  isTodayEmpty,
  todaySections,
  type TodayInput,
} from '@/lib/today/sections';
import { scoreReadiness } from '@/lib/readiness/score';
import { CallprepDB } from '@/lib/db/schema';
import { loadSampleWorkspace } from '@/lib/sample/workspace';
import { DAY, HOUR, local, utc } from '../clock';
import { customer, goal, inTimeZone, meeting, newsItem, promise } from './builders';

const NOW = local(2026, 12, 3, 10, 0);
const acme = customer('Acme', NOW - 5 * DAY);
const globex = customer('Globex', NOW - 5 * DAY);

function input(extra: Partial<TodayInput>): TodayInput {
  return {
    now: NOW,
    settings: { keepInTouchDays: 30 },
    customers: [acme, globex],
    meetings: [],
    commitments: [],
    news: [],
    goals: [],
    lastTouch: new Map(),
    ...extra,
  };
}

describe('Today: promises due', () => {
  it('ours overdue or due today first (oldest first), then theirs to chase, with how late', () => {
    const today = todaySections(
      input({
        commitments: [
          promise(globex.id, 'them', NOW - 3 * DAY, { text: 'Send floor plans' }),
          promise(acme.id, 'us', local(2026, 12, 3, 23, 59), { text: 'Send the proposal' }),
          promise(acme.id, 'us', NOW - 2 * DAY, { text: 'Security answers' }),
          promise(acme.id, 'us', NOW + 2 * DAY, { text: 'Not yet' }),
          promise(acme.id, 'them', local(2026, 12, 3, 23, 59), { text: 'Due today, not late' }),
          promise(acme.id, 'us', NOW - DAY, { text: 'Done already', status: 'done' }),
        ],
      }),
    );
    expect(today.promises.map((p) => [p.promise.text, p.lateness, p.loud, p.customerName])).toEqual(
      [
        ['Security answers', '2 days overdue', true, 'Acme'],
        ['Send the proposal', 'due today', false, 'Acme'],
        ['Send floor plans', '3 days late', false, 'Globex'],
      ],
    );
  });
});

describe('Today: news to share', () => {
  it('not yet shared, oldest first, with its age', () => {
    const today = todaySections(
      input({
        news: [
          newsItem(acme.id, NOW - 2 * HOUR, { text: 'fresh' }),
          newsItem(globex.id, NOW - 6 * DAY, { text: 'old' }),
          newsItem(acme.id, NOW - 9 * DAY, { text: 'shared', sharedAt: NOW - DAY }),
        ],
      }),
    );
    expect(today.news.map((n) => [n.news.text, n.age])).toEqual([
      ['old', 'found 6 days ago'],
      ['fresh', 'found today'],
    ]);
    expect(foundAgo(NOW - DAY, NOW)).toBe('found yesterday');
  });
});

describe('Today: goals that need a hand', () => {
  it('a target within two weeks with progress far behind the time gone', () => {
    const behind = goal(acme.id, NOW - 80 * DAY, {
      targetDate: NOW + 10 * DAY,
      progress: 30,
      updatedAt: NOW - DAY,
    });
    expect(goalNeedsHand(behind, NOW)).toBe(
      'target in 10 days, 30% done with 89% of the time gone',
    );
    // On track, or far away: no hand needed.
    expect(goalNeedsHand({ ...behind, progress: 80 }, NOW)).toBeNull();
    expect(goalNeedsHand({ ...behind, targetDate: NOW + 40 * DAY }, NOW)).toBeNull();
    expect(goalNeedsHand({ ...behind, status: 'achieved' }, NOW)).toBeNull();
    expect(goalNeedsHand({ ...behind, targetDate: NOW - 2 * DAY }, NOW)).toMatch(
      /^target passed 2 days ago, 30% done/,
    );
  });

  it('no progress recorded for a month', () => {
    const quiet = goal(acme.id, NOW - 90 * DAY, { updatedAt: NOW - 31 * DAY, progress: 20 });
    expect(goalNeedsHand(quiet, NOW)).toBe('no progress recorded for 31 days');
    expect(goalNeedsHand({ ...quiet, updatedAt: NOW - 20 * DAY }, NOW)).toBeNull();
    const today = todaySections(input({ goals: [quiet] }));
    expect(today.goals).toMatchObject([{ customerName: 'Acme', goal: { id: quiet.id } }]);
  });
});

describe('Today: losing touch', () => {
  it('customers past their interval, the loudest and furthest past first; a customer’s own interval counts', () => {
    const quiet = customer('Quiet', NOW - 300 * DAY);
    const weekly = customer('Weekly', NOW - 300 * DAY, { keepInTouchDays: 7 });
    const fine = customer('Fine', NOW - 300 * DAY);
    const today = todaySections(
      input({
        customers: [fine, weekly, quiet, acme],
        lastTouch: new Map([
          [quiet.id, { at: NOW - 40 * DAY, kind: 'note' as const }],
          [weekly.id, { at: NOW - 15 * DAY, kind: 'meeting' as const }],
          [fine.id, { at: NOW - 10 * DAY, kind: 'meeting' as const }],
        ]),
      }),
    );
    expect(
      today.losingTouch.map((t) => [t.customerName, t.keepInTouch.level, t.keepInTouch.days]),
    ).toEqual([
      ['Weekly', 'loud', 15],
      ['Quiet', 'past', 40],
    ]);
  });
});

describe('Today: meetings', () => {
  it('today’s meetings in time order, with readiness and the first open required item', () => {
    const later = meeting(acme.id, NOW + 3 * HOUR, { title: 'Later' });
    const sooner = meeting(globex.id, NOW + HOUR, { title: 'Sooner' });
    const readiness = scoreReadiness([
      {
        id: 'i1',
        meetingId: later.id,
        text: 'Three questions about what they want to do',
        section: '',
        required: true,
        weight: 1,
        rule: null,
        done: false,
        doneAt: null,
        order: 0,
        createdAt: 0,
        updatedAt: 0,
      },
    ]);
    const today = todaySections(
      input({
        meetings: [
          { meeting: later, readiness },
          { meeting: sooner, readiness: scoreReadiness([]) },
        ],
      }),
    );
    expect(
      today.meetings.map((m) => [m.meeting.title, m.customerName, m.readiness.percent, m.next]),
    ).toEqual([
      ['Sooner', 'Globex', 100, ''],
      ['Later', 'Acme', 0, 'Three questions about what they want to do'],
    ]);
  });
});

describe('Today as a whole', () => {
  it('is empty for a customer with no history added today, and lines of deleted customers never show', () => {
    const fresh = customer('New Co', NOW - HOUR);
    const today = todaySections(
      input({
        customers: [fresh],
        news: [newsItem('gone', NOW - DAY)],
        commitments: [promise('gone', 'us', NOW - DAY)],
      }),
    );
    expect(isTodayEmpty(today)).toBe(true);
  });

  it('decides "today" by the seller’s own day: the same due time and instant are a day overdue in Tokyo and London, still today in Los Angeles', () => {
    const due = utc(2026, 12, 3, 8, 0);
    const now = utc(2026, 12, 4, 1, 0);
    const lateness = (tz: string) =>
      inTimeZone(tz, () =>
        todaySections(input({ now, commitments: [promise(acme.id, 'us', due)] })).promises.map(
          (p) => p.lateness,
        ),
      );
    expect(lateness('Asia/Tokyo')).toEqual(['1 day overdue']);
    expect(lateness('Europe/London')).toEqual(['1 day overdue']);
    expect(lateness('America/Los_Angeles')).toEqual(['due today']);
  });

  it('loads the sample workspace: an overdue promise of ours first, news with its age, a customer losing touch', async () => {
    const db = new CallprepDB(`today-${crypto.randomUUID()}`);
    await loadSampleWorkspace(db, NOW);
    const today = await loadToday(db, NOW);
    expect(today.meetings.map((m) => m.meeting.title)).toContain(
      'Onboarding pilot: week 4 check-in',
    );
    expect(today.promises[0]).toMatchObject({
      loud: true,
      customerName: 'Northwind Logistics',
      promise: { text: 'Send the security review answers' },
    });
    expect(today.news[0]?.age).toMatch(/^found \d+ days ago$/);
    expect(today.losingTouch.map((t) => t.customerName)).toContain('Tandem Retail Group');
    expect(today.goals.length).toBeGreaterThan(0);
  });
});
