import { describe, expect, it } from 'vitest';
import { promiseOutcome, promiseRecord, type PromiseFacts } from '@/lib/record/promises';
import { recordWindow } from '@/lib/record/window';
import { promisesWords } from '@/lib/record/words';
import { DAY, HOUR, utc } from '../clock';

const NOW = utc(2026, 12, 3, 12);
const w = recordWindow(NOW);
let n = 0;
const promise = (over: Partial<PromiseFacts>): PromiseFacts => ({
  id: `k${++n}`,
  text: `Promise ${n}`,
  owner: 'us',
  dueAt: NOW - 10 * DAY,
  status: 'open',
  doneAt: null,
  ...over,
});

describe('promiseOutcome', () => {
  it('tells early, on time, late, overdue and not yet due apart', () => {
    const due = NOW - 10 * DAY;
    expect(promiseOutcome(promise({ status: 'done', doneAt: due - 3 * DAY }), NOW)).toEqual({
      kind: 'early',
      byMs: 3 * DAY,
    });
    expect(promiseOutcome(promise({ status: 'done', doneAt: due - HOUR }), NOW).kind).toBe(
      'on-time',
    );
    expect(promiseOutcome(promise({ status: 'done', doneAt: due + 2 * DAY }), NOW)).toEqual({
      kind: 'late',
      byMs: 2 * DAY,
    });
    expect(promiseOutcome(promise({}), NOW)).toEqual({ kind: 'overdue', byMs: 10 * DAY });
    expect(promiseOutcome(promise({ dueAt: NOW + DAY }), NOW).kind).toBe('not-due');
    expect(promiseOutcome(promise({ dueAt: null }), NOW).kind).toBe('not-counted');
    expect(promiseOutcome(promise({ status: 'dropped' }), NOW).kind).toBe('not-counted');
  });
});

describe('promiseRecord', () => {
  const rows = [
    promise({ status: 'done', doneAt: NOW - 12 * DAY }), // early
    promise({ status: 'done', doneAt: NOW - 10 * DAY }), // on time, to the minute
    promise({ status: 'done', doneAt: NOW - 7 * DAY }), // 3 days late
    promise({ status: 'done', doneAt: NOW - 9 * DAY }), // 1 day late
    promise({ status: 'done', doneAt: NOW - 5 * DAY }), // 5 days late
    promise({}), // overdue by 10 days
    promise({ dueAt: NOW + 3 * DAY }), // not yet due: not counted
    promise({ dueAt: utc(2025, 6, 1), status: 'done', doneAt: utc(2025, 7, 1) }), // before the window
    promise({ owner: 'them', status: 'done', doneAt: NOW - 8 * DAY }), // theirs, late
    promise({ owner: 'them' }), // theirs, never done
    promise({ owner: 'them', status: 'done', doneAt: NOW - 20 * DAY }), // theirs, early
  ];

  it('counts ours n of m in the last 12 months with how late the late ones were', () => {
    const r = promiseRecord(rows, 'us', w);
    expect(r).toMatchObject({ kept: 2, counted: 6, early: 1, onTime: 1, late: 3, overdue: 1 });
    expect(r.worstLateMs).toBe(5 * DAY);
    expect(r.medianLateMs).toBe(3 * DAY);
    expect(r.lateOnes.map((l) => [l.byMs / DAY, l.open])).toEqual([
      [10, true],
      [5, false],
      [3, false],
      [1, false],
    ]);
    expect(promisesWords(r)).toBe('2 of 6 kept on time; 3 late (typically 3 days), 1 overdue');
  });

  it('counts theirs separately: late, early and never done', () => {
    const r = promiseRecord(rows, 'them', w);
    expect(r).toMatchObject({ kept: 1, counted: 3, early: 1, late: 1, overdue: 1 });
    expect(r.medianLateMs).toBe(2 * DAY);
  });

  it('a promise done early in the window counts even when it is due later', () => {
    const r = promiseRecord(
      [promise({ dueAt: NOW + 5 * DAY, status: 'done', doneAt: NOW - DAY })],
      'us',
      w,
    );
    expect(r).toMatchObject({ kept: 1, counted: 1, early: 1 });
  });

  it('with nothing due says so, not 0 of 0', () => {
    const r = promiseRecord([promise({ dueAt: NOW + DAY })], 'us', w);
    expect(r.counted).toBe(0);
    expect(r.medianLateMs).toBeNull();
    expect(promisesWords(r)).toBe('none due');
  });

  it('the window moves with the clock', () => {
    const old = [promise({ dueAt: NOW - 10 * DAY, status: 'done', doneAt: NOW - 10 * DAY })];
    expect(promiseRecord(old, 'us', recordWindow(NOW)).counted).toBe(1);
    expect(promiseRecord(old, 'us', recordWindow(NOW + 400 * DAY)).counted).toBe(0);
  });
});
