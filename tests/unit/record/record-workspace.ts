import type { Commitment, Goal, Meeting, Referral } from '@/lib/db/models';
import { DAY, utc } from '../clock';

/** Mid-December: rows before and after it in its own month, and a year and more behind it. */
export const NOW = utc(2026, 12, 15, 12);

/** mulberry32, so a failure names its seed and replays. */
export function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A workspace with every case mixed: in and out of the window, late, early, dropped, unmarked. */
export function workspace(seed: number) {
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
