import type { Commitment } from '@/lib/db/models';
import { describe, expect, it } from 'vitest';
import { loadMyRecord } from '@/lib/record/load-monthly';
import { isHeld } from '@/lib/record/meetings';
import { monthlyRecord, PREPARED_ENOUGH_PERCENT, type MonthValue } from '@/lib/record/monthly';
import { promiseCountsIn, promiseOutcome } from '@/lib/record/promises';
import { monthIndex, recordWindow } from '@/lib/record/window';
import { freshDb } from '../db/helpers';
import { NOW, workspace } from './record-workspace';

type Input = ReturnType<typeof workspace>;

/** Each number counted on its own, the slow obvious way: the oracle for the one-pass parts. */
function byMonth<T>(rows: readonly T[], when: (x: T) => number | null, value: (x: T) => number) {
  const out: MonthValue[] = [];
  for (let i = 0; i < 12; i++) {
    const inMonth = rows.filter((x) => {
      const at = when(x);
      return at !== null && monthIndex(at, NOW) === i;
    });
    const sum = inMonth.reduce((s, x) => s + value(x), 0);
    out.push({ value: inMonth.length ? sum / inMonth.length : null, of: inMonth.length });
  }
  return out;
}
function topCounts(ids: string[]) {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([customerId, count]) => ({ customerId, count }))
    .sort((a, b) => b.count - a.count || a.customerId.localeCompare(b.customerId))
    .slice(0, 5);
}
function oracle(w: Input) {
  const win = recordWindow(NOW);
  const counted = w.promises.filter((c) => {
    const k = promiseOutcome(c, NOW).kind;
    return promiseCountsIn(c, win) && k !== 'not-counted' && k !== 'not-due';
  });
  const when = (c: Commitment) =>
    c.dueAt !== null && c.dueAt <= NOW ? c.dueAt : (c.doneAt ?? NOW);
  const kept = (c: Commitment) => ['early', 'on-time'].includes(promiseOutcome(c, NOW).kind);
  const side = (o: 'us' | 'them') => counted.filter((c) => c.owner === o);
  const late = (o: 'us' | 'them') =>
    side(o).filter((c) => monthIndex(when(c), NOW) >= 0 && !kept(c));
  const held = w.meetings.filter((m) => isHeld(m, NOW) && monthIndex(m.startsAt, NOW) >= 0);
  const snap = held.filter((m) => m.readinessAtStart);
  return {
    ours: byMonth(side('us'), when, (c) => (kept(c) ? 1 : 0)),
    theirs: byMonth(side('them'), when, (c) => (kept(c) ? 1 : 0)),
    prepared: byMonth(
      snap,
      (m) => m.startsAt,
      (m) => m.readinessAtStart!.percent,
    ),
    onTime: byMonth(
      held,
      (m) => m.startsAt,
      (m) => (m.onTime === false ? 0 : 1),
    ),
    goalsAchieved: byMonth(
      w.goals.filter((g) => g.status === 'achieved'),
      (g) => g.updatedAt,
      () => 1,
    ).map((v) => v.of),
    referralsReceived: byMonth(
      w.referrals.filter((x) => x.kind === 'received'),
      (x) => x.at,
      () => 1,
    ).map((v) => v.of),
    pulling: {
      ours: topCounts(late('us').map((c) => c.customerId)),
      theirs: topCounts(late('them').map((c) => c.customerId)),
      prepared: topCounts(
        snap
          .filter(
            (m) =>
              !m.readinessAtStart!.ready && m.readinessAtStart!.percent < PREPARED_ENOUGH_PERCENT,
          )
          .map((m) => m.customerId),
      ),
      onTime: topCounts(held.filter((m) => m.onTime === false).map((m) => m.customerId)),
    },
  };
}

describe('My record in one pass per table', () => {
  it.each([1, 2, 3, 4, 5])('counts what each number counted alone counts (seed %i)', (seed) => {
    const w = workspace(seed);
    const r = monthlyRecord(w, NOW);
    const o = oracle(w);
    // the shares are sums over counts, so compare them to the digit, not the bit
    for (const k of ['ours', 'theirs', 'prepared', 'onTime'] as const) {
      expect(r[k].map((v) => v.of)).toEqual(o[k].map((v) => v.of));
      r[k].forEach((v, i) => {
        if (o[k][i]!.value === null) expect(v.value).toBeNull();
        else expect(v.value).toBeCloseTo(o[k][i]!.value!, 9);
      });
    }
    expect(r.goalsAchieved).toEqual(o.goalsAchieved);
    expect(r.referralsReceived).toEqual(o.referralsReceived);
    expect(r.pulling).toEqual(o.pulling);
    expect(r.pulling.ours.length + r.pulling.onTime.length).toBeGreaterThan(0);
  });

  it('loads from the database what it counts over every row, with the listed names', async () => {
    const w = workspace(7);
    const db = freshDb();
    await db.customers.bulkAdd(
      w.customers.slice(1).map((id) => ({
        id,
        name: `Customer ${id}`,
        nameKey: id,
        nameTokens: [id],
        domains: [],
        crmRefs: [],
        industry: '',
        about: '',
        sample: false,
        createdAt: 0,
        updatedAt: 0,
      })),
    );
    await db.meetings.bulkAdd(w.meetings);
    await db.commitments.bulkAdd(w.promises);
    await db.goals.bulkAdd(w.goals);
    await db.referrals.bulkAdd(w.referrals);
    const { names, ...loaded } = await loadMyRecord(db, NOW);
    expect(loaded).toEqual(monthlyRecord(w, NOW));
    const listed = new Set(
      Object.values(loaded.pulling).flatMap((p) => p.map((x) => x.customerId)),
    );
    expect([...names.keys()].sort()).toEqual([...listed].sort());
    for (const id of listed)
      expect(names.get(id)).toBe(id === 'c0' ? 'A deleted customer' : `Customer ${id}`);
  });
});
