import { describe, expect, it } from 'vitest';
import { relationshipRecord } from '@/lib/record/customer-record';
import { goalsRecord } from '@/lib/record/goals';
import { referralsRecord, suggestAsking, thankYouPromiseText } from '@/lib/record/referrals';
import { yearsAsCustomer } from '@/lib/record/tenure';
import { monthIndex, monthIndexer, recordWindow } from '@/lib/record/window';
import { recordWords } from '@/lib/record/words';
import { DAY, utc } from '../clock';

const NOW = utc(2026, 12, 3, 12);

describe('goalsRecord', () => {
  it('separates achieved, advancing (progress recorded), not started and dropped', () => {
    expect(
      goalsRecord([
        { status: 'achieved', progress: 100 },
        { status: 'in_progress', progress: 40 },
        { status: 'open', progress: 10 },
        { status: 'in_progress', progress: 0 },
        { status: 'dropped', progress: 20 },
      ]),
    ).toEqual({ achieved: 1, advancing: 2, notStarted: 1, dropped: 1 });
  });
});

describe('referrals', () => {
  it('counts received (and what came of them), introductions and asks', () => {
    expect(
      referralsRecord([
        { kind: 'received', at: 1, outcome: 'customer' },
        { kind: 'received', at: 2, outcome: 'meeting' },
        { kind: 'received', at: 3, outcome: 'nothing-yet' },
        { kind: 'introduction', at: 4, outcome: 'meeting' },
        { kind: 'ask', at: 5, outcome: 'They will think of someone in logistics' },
        { kind: 'ask', at: 6, outcome: 'nothing-yet' },
      ]),
    ).toEqual({
      received: 3,
      receivedMeetings: 1,
      receivedCustomers: 1,
      introductions: 1,
      asks: 2,
      asksUnanswered: 1,
    });
  });

  const kept = {
    id: 'k1',
    text: 'Send the pilot report',
    owner: 'us' as const,
    dueAt: NOW - 5 * DAY,
    status: 'done' as const,
    doneAt: NOW - 6 * DAY,
  };
  const achieved = { statement: 'Two-week onboarding', status: 'achieved' as const, progress: 100 };

  it('suggests asking only after value was delivered since the last ask', () => {
    const none = suggestAsking({ referrals: [], goals: [], promises: [], now: NOW });
    expect(none.suggest).toBe(false);
    const afterGoal = suggestAsking({
      referrals: [{ kind: 'ask', at: NOW - 30 * DAY, outcome: 'nothing-yet' }],
      goals: [{ ...achieved, updatedAt: NOW - 2 * DAY }],
      promises: [],
      now: NOW,
    });
    expect(afterGoal).toEqual({ suggest: true, because: '“Two-week onboarding” was achieved' });
    const keptPromise = suggestAsking({ referrals: [], goals: [], promises: [kept], now: NOW });
    expect(keptPromise.suggest).toBe(true);
  });

  it('does not suggest again when nothing was delivered since the last ask, nor for a late promise', () => {
    const r = suggestAsking({
      referrals: [{ kind: 'ask', at: NOW - DAY, outcome: 'nothing-yet' }],
      goals: [{ ...achieved, updatedAt: NOW - 2 * DAY }],
      promises: [kept],
      now: NOW,
    });
    expect(r).toEqual({ suggest: false, because: 'nothing delivered since the last ask' });
    const late = { ...kept, doneAt: NOW - DAY };
    expect(suggestAsking({ referrals: [], goals: [], promises: [late], now: NOW }).suggest).toBe(
      false,
    );
  });

  it('words the thank-you promise', () => {
    expect(thankYouPromiseText('Northwind', 'Ana Ruiz')).toBe(
      'Thank Northwind for the introduction to Ana Ruiz',
    );
  });
});

describe('years and months', () => {
  it('counts years as customer from the earlier of added and first meeting', () => {
    expect(yearsAsCustomer(NOW - 100 * DAY, null, NOW)).toBe(0.2);
    expect(yearsAsCustomer(NOW - 100 * DAY, NOW - 3 * 366 * DAY, NOW)).toBe(3);
  });

  it('numbers the 12 months of the window, oldest 0, this month 11', () => {
    expect(monthIndex(NOW, NOW)).toBe(11);
    expect(monthIndex(utc(2026, 1, 15), NOW)).toBe(0);
    expect(monthIndex(utc(2025, 12, 31), NOW)).toBe(-1);
    expect(monthIndex(NOW + DAY, NOW)).toBe(-1);
    expect(recordWindow(NOW).from).toBe(new Date(2026, 0, 1).getTime());
  });
});

describe('relationshipRecord', () => {
  it('keeps every component separate and in words', () => {
    const r = relationshipRecord(
      {
        customers: [{ createdAt: NOW - 800 * DAY }],
        meetings: [
          { id: 'm1', customerId: 'c1', startsAt: NOW - 20 * DAY, status: 'done', onTime: false },
          { id: 'm2', customerId: 'c1', startsAt: NOW - 5 * DAY, status: 'done' },
        ],
        promises: [],
        goals: [{ status: 'achieved', progress: 100 }],
        referrals: [{ kind: 'received', at: NOW - DAY, outcome: 'meeting' }],
      },
      NOW,
    );
    expect(r.years).toBe(2.1);
    expect(Object.fromEntries(recordWords(r).map((x) => [x.label, x.value]))).toEqual({
      'Our promises': 'none due',
      'Their promises': 'none due',
      Prepared: 'not recorded',
      'On time': '1 of 2 on time',
      Goals: '1 achieved, 0 advancing, 0 dropped',
      Referrals: '1 received, 0 introductions made, 0 asked',
      'Customer for': '2.1 years',
    });
  });
});

describe('monthIndexer', () => {
  it('agrees with monthIndex on every day around the window', () => {
    const index = monthIndexer(NOW);
    for (let at = utc(2025, 12, 1); at <= NOW + 3 * DAY; at += DAY / 2)
      expect(index(at), new Date(at).toISOString()).toBe(monthIndex(at, NOW));
  });
});
