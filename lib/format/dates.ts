/**
 * Dates as the pages show and edit them. Stored values are epoch ms; the
 * `<input type="date">` speaks `YYYY-MM-DD` in local time. A due date means "by
 * the end of that day", so it is stored as 23:59 local: a promise due Friday is
 * not overdue on Friday afternoon.
 */
const DAY = 24 * 60 * 60 * 1000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DD` in local time, or '' for null. */
export function toDateInput(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Parses a date input's value to the end of that local day. '' is null (no
 * date). Anything unreadable is returned as is, so the repository's zod schema
 * says "is not a valid date" beside the field instead of us guessing.
 */
export function fromDateInput(value: string): number | null | string {
  const v = value.trim();
  if (v === '') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return v;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d, 23, 59, 0, 0);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return v;
  return date.getTime();
}

/** `HH:MM` for `<input type="time">`, in local time. */
export function toTimeInput(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A local date input and time input to epoch ms; null when either is not a valid value. */
export function fromDateAndTimeInputs(date: string, time: string): number | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(date);
  const h = /^(\d\d):(\d\d)$/.exec(time);
  if (!m || !h) return null;
  const t = new Date(+m[1]!, +m[2]! - 1, +m[3]!, +h[1]!, +h[2]!).getTime();
  return Number.isFinite(t) ? t : null;
}

function startOfDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Whole calendar days from `now`'s day to `ms`'s day (negative: in the past). */
export function calendarDaysFrom(ms: number, now: number): number {
  return Math.round((startOfDay(ms) - startOfDay(now)) / DAY);
}

/** "today", "tomorrow", "yesterday", "in 3 days", "5 days ago", else a short date. */
export function relativeDay(ms: number, now: number): string {
  const days = calendarDaysFrom(ms, now);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  if (days > 1 && days < 7) return `in ${days} days`;
  if (days < -1 && days > -7) return `${-days} days ago`;
  return shortDate(ms, now);
}

/** "Fri 27 Nov" (the year only when it is not this year's). */
export function shortDate(ms: number, now: number): string {
  const d = new Date(ms);
  const sameYear = d.getFullYear() === new Date(now).getFullYear();
  return d.toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
}

/** "7:21 PM" or "19:21" as the locale says it, the same everywhere (the popup too). */
export function timeOfDay(ms: number): string {
  return new Date(ms).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
}

/** "today 14:30", "tomorrow 09:00", "Fri 27 Nov 10:00". */
export function dayAndTime(ms: number, now: number): string {
  return `${relativeDay(ms, now)} ${timeOfDay(ms)}`;
}

/** Past this, a count of days says less than the date itself. */
const DAYS_WORTH_COUNTING = 60;

/** How late a promise is, in words: "due today", "3 days overdue", "overdue since Wed 15 Jan 2020". */
export function overdueBy(dueAt: number, now: number): string {
  const days = -calendarDaysFrom(dueAt, now);
  if (days <= 0) return 'due today';
  if (days === 1) return '1 day overdue';
  if (days > DAYS_WORTH_COUNTING) return `overdue since ${shortDate(dueAt, now)}`;
  return `${days} days overdue`;
}
