import { describe, expect, it } from 'vitest';
import type { Commitment, Goal, Meeting, Referral } from '@/lib/db/models';
import { loadMyRecord } from '@/lib/record/load-monthly';
import { isHeld } from '@/lib/record/meetings';
import { monthlyRecord, PREPARED_ENOUGH_PERCENT, type MonthValue } from '@/lib/record/monthly';
import { promiseCountsIn, promiseOutcome } from '@/lib/record/promises';
import { monthIndex, recordWindow } from '@/lib/record/window';
import { freshDb } from '../db/helpers';
import { DAY, utc } from '../clock';

const NOW = utc(2026, 12, 15, 12);

/** mulberry32, so a failure names its seed and replays. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A workspace with every case mixed: in and out of the window, late, early, dropped, unmarked. */
function workspace(seed: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const customers = Array.from({ length: 12 }, (_, i) => `c${i}`);
  const at = () => Math.round(NOW - 400 * DAY + r() * 430 * DAY);
  const times = { createdAt: 0, updatedAt: 0 };
  const meetings: Meeting[] = Array.from({ length: 400 }, (_, i) => {
    const startsAt = at();
    const m: Meeting = {
      id: `m${i}`,
      customerId: pick(customers),
      title: 'Review',
      startsAt,
      endsAt: null,
      templateId: null,
      agenda: '',
      status: pick(['planned', 'done', 'cancelled'] as const),
      summary: '',
      externalId: null,
      sample: false,
      ...times,
    };
    if (r() < 0.7) {
      const percent = Math.round(r() * 100);
      m.readinessAtStart = { percent, ready: percent === 100 || r() < 0.1, at: startsAt };
    }
    if (r() < 0.6) m.onTime = r() < 0.8;
    return m;
  });
  const promises: Commitment[] = Array.from({ length: 300 }, (_, i) => {
    const dueAt = r() < 0.1 ? null : at();
    const status = pick(['open', 'done', 'done', 'dropped'] as const);
    const doneAt = status === 'done' && r() < 0.9 ? (dueAt ?? NOW) + (r() - 0.6) * 20 * DAY : null;
    return {
      id: `p${i}`,
      customerId: pick(customers),
      meetingId: null,
      text: 'Send it',
      owner: pick(['us', 'them'] as const),
      dueAt,
      status,
      doneAt: doneAt === null ? null : Math.round(Math.min(doneAt, NOW)),
      ...times,
    };
  });
  const goals: Goal[] = Array.from({ length: 60 }, (_, i) => ({
    id: `g${i}`,
    customerId: pick(customers),
    statement: 'Halve churn',
    why: '',
    measure: '',
    status: pick(['open', 'in_progress', 'achieved', 'dropped'] as const),
    priority: 0,
    targetDate: null,
    progress: 0,
    createdAt: 0,
    updatedAt: at(),
  }));
  const referrals: Referral[] = Array.from({ length: 40 }, (_, i) => ({
    id: `r${i}`,
    customerId: pick(customers),
    kind: pick(['received', 'introduction', 'ask'] as const),
    personName: 'Someone',
    personEmail: '',
    at: at(),
    outcome: 'nothing-yet',
    ...times,
  }));
  return { customers, meetings, promises, goals, referrals };
}

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
