import type { Customer, Settings } from '../db/models';
import { calendarDaysFrom } from '../format/dates';
import type { Touch } from './last-touch';

/**
 * Whether a customer is due some contact: a soft limit (past their
 * keep-in-touch interval) and a hard one (past twice the interval), as the
 * sellers who asked for this put it.
 */
export type TouchLevel = 'fine' | 'past' | 'loud';

export type KeepInTouch = {
  /** the last touch, or null when there was none */
  touch: Touch | null;
  /** whole calendar days since the last touch (or, with none, since the customer was added) */
  days: number;
  intervalDays: number;
  level: TouchLevel;
};

export function intervalOf(
  customer: Pick<Customer, 'keepInTouchDays'>,
  settings: Pick<Settings, 'keepInTouchDays'>,
): number {
  return customer.keepInTouchDays ?? settings.keepInTouchDays;
}

/**
 * With no touch at all, the clock starts when the customer was added: a
 * thousand customers imported this morning are not all "losing touch" at once.
 */
export function keepInTouchOf(
  customer: Pick<Customer, 'createdAt'>,
  touch: Touch | null,
  intervalDays: number,
  now: number,
): KeepInTouch {
  const since = touch?.at ?? customer.createdAt;
  const days = Math.max(0, -calendarDaysFrom(since, now));
  const level: TouchLevel =
    days > 2 * intervalDays ? 'loud' : days > intervalDays ? 'past' : 'fine';
  return { touch, days, intervalDays, level };
}

function daysAgo(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

/** "last touch 12 days ago", or "no touch yet (added 3 days ago)". */
export function lastTouchWords(k: KeepInTouch): string {
  return k.touch ? `last touch ${daysAgo(k.days)}` : `no touch yet (added ${daysAgo(k.days)})`;
}

/** What the level means, in words (never colour alone): '' when all is well. */
export function keepInTouchWarning(k: KeepInTouch): string {
  if (k.level === 'loud') {
    return `More than twice your ${k.intervalDays}-day keep-in-touch interval: get in touch now.`;
  }
  if (k.level === 'past') return `Past your ${k.intervalDays}-day keep-in-touch interval.`;
  return '';
}
