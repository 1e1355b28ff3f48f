import type { Commitment, Customer, Goal, Meeting, News, Settings } from '../db/models';
import { isOpenGoal, isOverdue } from '../db/row-status';
import { calendarDaysFrom, overdueBy } from '../format/dates';
import type { Readiness } from '../readiness/score';
import { nextStepWords } from '../readiness/score';
import { intervalOf, keepInTouchOf, type KeepInTouch } from '../touch/keep-in-touch';
import type { Touch } from '../touch/last-touch';

/**
 * Today: what the seller can do for their customers this morning, in the order
 * that matters — today's meetings, promises due (ours first: the loudest thing),
 * news to share while it is fresh, goals that need a hand, customers we are
 * losing touch with. Every line names one customer, so it can open them.
 */

const DAY = 24 * 60 * 60 * 1000;
/** A goal whose target is this close, and still far behind, needs a hand now. */
export const GOAL_TARGET_WINDOW_DAYS = 14;
/** "Far behind": this many percentage points less progress than time gone. */
export const GOAL_BEHIND_POINTS = 25;
/** An open goal nobody has touched for this long has stalled. */
export const GOAL_STALE_DAYS = 30;

type Named = { customerId: string; customerName: string };

export type TodayMeeting = Named & {
  meeting: Meeting;
  readiness: Pick<Readiness, 'percent' | 'ready' | 'empty'>;
  /** the first open required item, in words ('' when ready) */
  next: string;
};
export type TodayPromise = Named & {
  promise: Commitment;
  /** "2 days overdue", "due today", "3 days late" */
  lateness: string;
  /** ours overdue: the loudest line */
  loud: boolean;
};
export type TodayNews = Named & { news: News; age: string };
export type TodayGoal = Named & { goal: Goal; reason: string };
export type TodayTouch = Named & { keepInTouch: KeepInTouch };

export type Today = {
  meetings: TodayMeeting[];
  promises: TodayPromise[];
  news: TodayNews[];
  goals: TodayGoal[];
  losingTouch: TodayTouch[];
};

export const TODAY_SECTIONS = ['meetings', 'promises', 'news', 'goals', 'losingTouch'] as const;

export function isTodayEmpty(today: Today): boolean {
  return TODAY_SECTIONS.every((s) => today[s].length === 0);
}

export type TodayInput = {
  now: number;
  settings: Pick<Settings, 'keepInTouchDays'>;
  customers: readonly Pick<Customer, 'id' | 'name' | 'createdAt' | 'keepInTouchDays'>[];
  /** planned meetings of today, each with its readiness (see load.ts) */
  meetings: readonly { meeting: Meeting; readiness: Readiness }[];
  commitments: readonly Commitment[];
  news: readonly News[];
  goals: readonly Goal[];
  /** the last touch of each customer that has one (lib/touch/last-touch.ts) */
  lastTouch: ReadonlyMap<string, Touch>;
};

/** "found today", "found yesterday", "found 6 days ago". */
export function foundAgo(createdAt: number, now: number): string {
  const days = Math.max(0, -calendarDaysFrom(createdAt, now));
  return days === 0 ? 'found today' : days === 1 ? 'found yesterday' : `found ${days} days ago`;
}

/** How late their promise is: "due yesterday" reads as a chase, "3 days late". */
function theirLateness(dueAt: number, now: number): string {
  const days = -calendarDaysFrom(dueAt, now);
  if (days <= 0) return 'due today';
  return days === 1 ? '1 day late' : `${days} days late`;
}

/** Why an open goal needs a hand now, or null when it is on track. */
export function goalNeedsHand(goal: Goal, now: number): string | null {
  if (!isOpenGoal(goal) || goal.progress >= 100) return null;
  if (goal.targetDate !== null && goal.targetDate - now <= GOAL_TARGET_WINDOW_DAYS * DAY) {
    const span = goal.targetDate - goal.createdAt;
    const gone =
      span <= 0 ? 100 : Math.min(100, Math.max(0, ((now - goal.createdAt) / span) * 100));
    if (gone - goal.progress >= GOAL_BEHIND_POINTS) {
      const left = calendarDaysFrom(goal.targetDate, now);
      const when =
        left < 0
          ? `target passed ${-left} day${left === -1 ? '' : 's'} ago`
          : left === 0
            ? 'target today'
            : `target in ${left} day${left === 1 ? '' : 's'}`;
      return `${when}, ${Math.round(goal.progress)}% done with ${Math.round(gone)}% of the time gone`;
    }
  }
  // updatedAt is when the goal (its progress, status or words) was last recorded.
  const quiet = -calendarDaysFrom(goal.updatedAt, now);
  if (quiet >= GOAL_STALE_DAYS) return `no progress recorded for ${quiet} days`;
  return null;
}

/**
 * Whether a promise belongs in Promises due: still open, and ours due today or
 * before (by the seller's calendar day), or theirs past its due time (a chase).
 */
export function isPromiseDue(c: Commitment, now: number): boolean {
  if (c.status !== 'open' || c.dueAt === null) return false;
  return c.owner === 'us' ? calendarDaysFrom(c.dueAt, now) <= 0 : isOverdue(c, now);
}

export function todaySections(input: TodayInput): Today {
  const { now } = input;
  const byId = new Map(input.customers.map((c) => [c.id, c]));
  const named = (customerId: string): Named | null => {
    const c = byId.get(customerId);
    return c ? { customerId, customerName: c.name } : null;
  };

  const meetings = [...input.meetings]
    .sort((a, b) => a.meeting.startsAt - b.meeting.startsAt)
    .flatMap(({ meeting, readiness }) => {
      const who = named(meeting.customerId);
      if (!who) return [];
      const next = readiness.firstOpenRequired ? nextStepWords(readiness.firstOpenRequired) : '';
      return [{ ...who, meeting, readiness, next }];
    });

  const dueBy = (c: Commitment) => c.dueAt ?? Number.MAX_SAFE_INTEGER;
  const due = input.commitments
    .filter((c) => isPromiseDue(c, now))
    .sort((a, b) => dueBy(a) - dueBy(b));
  const ours = due.filter((c) => c.owner === 'us');
  const theirs = due.filter((c) => c.owner === 'them');
  const promises = [
    ...ours.flatMap((promise) => {
      const who = named(promise.customerId);
      const loud = isOverdue(promise, now);
      return who ? [{ ...who, promise, lateness: overdueBy(promise.dueAt!, now), loud }] : [];
    }),
    ...theirs.flatMap((promise) => {
      const who = named(promise.customerId);
      return who
        ? [{ ...who, promise, lateness: theirLateness(promise.dueAt!, now), loud: false }]
        : [];
    }),
  ];

  const news = input.news
    .filter((n) => n.sharedAt === null)
    .sort((a, b) => a.createdAt - b.createdAt)
    .flatMap((n) => {
      const who = named(n.customerId);
      return who ? [{ ...who, news: n, age: foundAgo(n.createdAt, now) }] : [];
    });

  const goals = input.goals
    .flatMap((goal) => {
      const who = named(goal.customerId);
      const reason = who ? goalNeedsHand(goal, now) : null;
      return who && reason ? [{ ...who, goal, reason }] : [];
    })
    .sort(
      (a, b) =>
        (a.goal.targetDate ?? Number.MAX_SAFE_INTEGER) -
          (b.goal.targetDate ?? Number.MAX_SAFE_INTEGER) || a.goal.updatedAt - b.goal.updatedAt,
    );

  const losingTouch = losingTouchOf(input);

  return { meetings, promises, news, goals, losingTouch };
}

const LEVEL_RANK = { loud: 0, past: 1, fine: 2 } as const;

/** Customers past their keep-in-touch interval: the loudest, then the furthest past, first. */
export function losingTouchOf(
  input: Pick<TodayInput, 'now' | 'settings' | 'customers' | 'lastTouch'>,
): TodayTouch[] {
  return input.customers
    .flatMap((c) => {
      const k = keepInTouchOf(
        c,
        input.lastTouch.get(c.id) ?? null,
        intervalOf(c, input.settings),
        input.now,
      );
      return k.level === 'fine' ? [] : [{ customerId: c.id, customerName: c.name, keepInTouch: k }];
    })
    .sort(
      (a, b) =>
        LEVEL_RANK[a.keepInTouch.level] - LEVEL_RANK[b.keepInTouch.level] ||
        b.keepInTouch.days -
          b.keepInTouch.intervalDays -
          (a.keepInTouch.days - a.keepInTouch.intervalDays),
    );
}
