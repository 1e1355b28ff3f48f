/**
 * A year of history for My record at scale: meetings (held, cancelled, upcoming,
 * with readiness snapshots and on-time marks), promises both ways (early, on
 * time, late, overdue, dropped), goals and referrals, shaped exactly as the app
 * writes them (lib/db/models). Seeded, so every run benchmarks the same data.
 */
import type { Commitment, Goal, Meeting, Referral } from '../../lib/db/models';
import { rng } from './generate';

const DAY = 24 * 60 * 60 * 1000;
const YEAR = 365 * DAY;

export type RecordHistory = {
  meetings: Meeting[];
  commitments: Commitment[];
  goals: Goal[];
  referrals: Referral[];
};

export type RecordHistoryOptions = {
  customerIds: readonly string[];
  meetings: number;
  /** promises per meeting, both sides together */
  promisesPerMeeting?: number;
  goalsPerCustomer?: number;
  referrals?: number;
  now: number;
  seed?: number;
};

const TITLES = ['Discovery call', 'Quarterly review', 'Pilot check-in', 'Renewal', 'Demo'];
const OUR_PROMISES = ['Send the proposal', 'Share the security review', 'Book the reference call'];
const THEIR_PROMISES = ['Send the usage numbers', 'Introduce the CFO', 'Sign the pilot order'];
const GOALS = ['Cut onboarding from 6 weeks to 2', 'One view of every account', 'Halve churn'];

export function generateRecordHistory(o: RecordHistoryOptions): RecordHistory {
  const r = rng((o.seed ?? 1) + 31);
  const ids = o.customerIds;
  // A few customers meet often, most rarely: squaring skews the pick to the front.
  const customer = () => ids[Math.floor(r() * r() * ids.length)]!;
  const meetings: Meeting[] = [];
  const commitments: Commitment[] = [];
  for (let i = 0; i < o.meetings; i++) {
    const x = r();
    // 90% in the last 12 months, 5% older (outside the window), 5% upcoming
    const startsAt = Math.round(
      x < 0.9
        ? o.now - r() * YEAR
        : x < 0.95
          ? o.now - YEAR - r() * 90 * DAY
          : o.now + r() * 30 * DAY,
    );
    const past = startsAt <= o.now;
    const status: Meeting['status'] = !past ? 'planned' : r() < 0.06 ? 'cancelled' : 'done';
    const held = past && status !== 'cancelled';
    const m: Meeting = {
      id: `rec-m-${i}`,
      customerId: customer(),
      title: TITLES[i % TITLES.length]!,
      startsAt,
      endsAt: startsAt + 45 * 60_000,
      templateId: null,
      agenda: 'Goals first; then the open promises; then what to do next.',
      status,
      summary: held ? 'Walked through the pilot numbers; they want the security review.' : '',
      externalId: null,
      sample: false,
      createdAt: startsAt - 7 * DAY,
      updatedAt: startsAt,
    };
    // Most held meetings carry the snapshot written at their start; older ones may not.
    if (held && r() < 0.8) {
      const percent = r() < 0.7 ? 80 + Math.round(r() * 20) : Math.round(r() * 80);
      m.readinessAtStart = { percent, ready: percent === 100, at: startsAt };
    }
    if (held && r() < 0.5) m.onTime = r() > 0.12;
    meetings.push(m);
    const promises = o.promisesPerMeeting ?? 0.6;
    if (r() < promises) commitments.push(promiseFor(r, commitments.length, m, o.now));
  }
  const goals: Goal[] = [];
  const perCustomer = o.goalsPerCustomer ?? 2;
  for (let i = 0; i < ids.length * perCustomer; i++) {
    const x = r();
    const status: Goal['status'] = x < 0.2 ? 'achieved' : x < 0.3 ? 'dropped' : 'open';
    const updatedAt = Math.round(o.now - r() * 1.3 * YEAR);
    goals.push({
      id: `rec-g-${i}`,
      customerId: ids[i % ids.length]!,
      statement: GOALS[i % GOALS.length]!,
      why: '',
      measure: '',
      status,
      priority: i % 3,
      targetDate: null,
      progress: status === 'achieved' ? 100 : Math.round(r() * 90),
      createdAt: updatedAt - 60 * DAY,
      updatedAt,
    });
  }
  const referrals: Referral[] = [];
  for (let i = 0; i < (o.referrals ?? 1_500); i++) {
    const x = r();
    const at = Math.round(o.now - r() * 1.2 * YEAR);
    referrals.push({
      id: `rec-r-${i}`,
      customerId: customer(),
      kind: x < 0.5 ? 'received' : x < 0.75 ? 'introduction' : 'ask',
      personName: 'Someone Referred',
      personEmail: '',
      at,
      outcome: r() < 0.3 ? 'meeting' : 'nothing-yet',
      createdAt: at,
      updatedAt: at,
    });
  }
  return { meetings, commitments, goals, referrals };
}

/** A promise made at meeting `m`, due one to three weeks later, and what became of it. */
function promiseFor(r: () => number, n: number, m: Meeting, now: number): Commitment {
  const owner = r() < 0.65 ? 'us' : 'them';
  const dueAt = r() < 0.05 ? null : m.startsAt + Math.round((7 + r() * 14) * DAY);
  const x = r();
  let status: Commitment['status'] = 'open';
  let doneAt: number | null = null;
  if (x < 0.05) status = 'dropped';
  else if (dueAt !== null && x < 0.8) {
    // early, on time, or late by up to two weeks; never done in the future
    const at = dueAt + Math.round((r() - 0.75) * 14 * DAY);
    if (at <= now) {
      status = 'done';
      doneAt = at;
    }
  }
  const texts = owner === 'us' ? OUR_PROMISES : THEIR_PROMISES;
  return {
    id: `rec-p-${n}`,
    customerId: m.customerId,
    meetingId: m.id,
    text: texts[n % texts.length]!,
    owner,
    dueAt,
    status,
    doneAt,
    createdAt: m.startsAt,
    updatedAt: doneAt ?? m.startsAt,
  };
}
