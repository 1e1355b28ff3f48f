import { describe, expect, it } from 'vitest';
import { monthlyRecord } from '@/lib/record/monthly';
import { DAY, utc } from '../clock';

const NOW = utc(2026, 12, 15, 12);
const DEC = utc(2026, 12, 5);
const NOV = utc(2026, 11, 10);

describe('monthlyRecord', () => {
  const base = { id: 'x', status: 'done' as const };
  const r = monthlyRecord(
    {
      meetings: [
        {
          ...base,
          customerId: 'a',
          startsAt: DEC,
          readinessAtStart: { percent: 40, ready: false, at: DEC },
        },
        {
          ...base,
          customerId: 'b',
          startsAt: DEC,
          readinessAtStart: { percent: 100, ready: true, at: DEC },
        },
        { ...base, customerId: 'a', startsAt: NOV, onTime: false },
        { ...base, customerId: 'b', startsAt: NOV },
        { ...base, customerId: 'c', startsAt: utc(2025, 6, 1) },
        { ...base, customerId: 'c', startsAt: NOW + DAY, status: 'planned' },
      ],
      promises: [
        {
          id: 'k1',
          customerId: 'a',
          text: 'x',
          owner: 'us',
          dueAt: NOV,
          status: 'done',
          doneAt: NOV + 3 * DAY,
        },
        {
          id: 'k2',
          customerId: 'b',
          text: 'x',
          owner: 'us',
          dueAt: NOV,
          status: 'done',
          doneAt: NOV,
        },
        {
          id: 'k3',
          customerId: 'a',
          text: 'x',
          owner: 'us',
          dueAt: DEC,
          status: 'open',
          doneAt: null,
        },
        {
          id: 'k4',
          customerId: 'b',
          text: 'x',
          owner: 'them',
          dueAt: DEC,
          status: 'open',
          doneAt: null,
        },
      ],
      goals: [
        { status: 'achieved', updatedAt: DEC },
        { status: 'in_progress', updatedAt: DEC },
      ],
      referrals: [{ kind: 'received', at: NOV, outcome: 'meeting' }],
    },
    NOW,
  );

  it('buckets each component by month, oldest first, this month last', () => {
    expect(r.months).toHaveLength(12);
    expect(r.months[11]).toBe(new Date(2026, 11, 1).getTime());
    expect(r.ours[10]).toEqual({ value: 0.5, of: 2 });
    expect(r.ours[11]).toEqual({ value: 0, of: 1 });
    expect(r.theirs[11]).toEqual({ value: 0, of: 1 });
    expect(r.prepared[11]).toEqual({ value: 70, of: 2 });
    // a month without snapshots is not recorded, not 0%
    expect(r.prepared[10]).toEqual({ value: null, of: 0 });
    expect(r.onTime[10]).toEqual({ value: 0.5, of: 2 });
    expect(r.onTime[0]).toEqual({ value: null, of: 0 });
    expect(r.goalsAchieved[11]).toBe(1);
    expect(r.referralsReceived[10]).toBe(1);
  });

  it('lists the customers pulling each number down, most first', () => {
    expect(r.pulling.ours).toEqual([{ customerId: 'a', count: 2 }]);
    expect(r.pulling.theirs).toEqual([{ customerId: 'b', count: 1 }]);
    expect(r.pulling.prepared).toEqual([{ customerId: 'a', count: 1 }]);
    expect(r.pulling.onTime).toEqual([{ customerId: 'a', count: 1 }]);
  });
});
