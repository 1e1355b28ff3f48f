/** Local date/time helpers for the popup's lists and forms. */
import { fromDateAndTimeInputs as fromInputs, toDateInput, toTimeInput } from '@/lib/format/dates';

// The input formats are shared with the side panel's forms.
export { toDateInput, toTimeInput };

const DAY = 24 * 60 * 60 * 1000;

export function startOfDay(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export function addDays(t: number, days: number): number {
  const d = new Date(t);
  d.setDate(d.getDate() + days);
  return d.getTime();
}

/** The next full hour after `now` (a sensible default for a new meeting). */
export function nextFullHour(now: number): number {
  const d = new Date(now);
  d.setMinutes(0, 0, 0);
  return d.getTime() + 60 * 60 * 1000;
}

const timeFmt = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dayFmt = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'short',
});
// A day in another year says which: "Wednesday, 15 Jan 2020", never a bare "Wednesday, 15 Jan".
const otherYearFmt = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

export const formatTime = (t: number) => timeFmt.format(t);

/** "Today", "Tomorrow", or "Thursday, 26 Nov". */
export function dayLabel(t: number, now: number): string {
  const diff = Math.round((startOfDay(t) - startOfDay(now)) / DAY);
  if (diff === 0) return 'Today';
  if (diff === 1) return 'Tomorrow';
  if (diff === -1) return 'Yesterday';
  const sameYear = new Date(t).getFullYear() === new Date(now).getFullYear();
  return (sameYear ? dayFmt : otherYearFmt).format(t);
}

/**
 * The start and end of a meeting from the form's inputs, or the error to show
 * beside the field. An empty length means no end time.
 */
export function readWhen(w: {
  date: string;
  time: string;
  minutes: string;
}):
  | { ok: true; startsAt: number; endsAt: number | null }
  | { ok: false; errors: Record<string, string> } {
  const startsAt = fromInputs(w.date, w.time);
  if (startsAt === null) return { ok: false, errors: { startsAt: 'Pick a date and a time.' } };
  if (w.minutes.trim() === '') return { ok: true, startsAt, endsAt: null };
  const length = Number(w.minutes);
  if (!Number.isFinite(length) || length <= 0 || length > 24 * 60)
    return { ok: false, errors: { endsAt: 'Length is minutes, from 1 to 1440.' } };
  return { ok: true, startsAt, endsAt: startsAt + length * 60_000 };
}
