/**
 * The span the relationship record looks back over: the last 12 months, as
 * calendar months in the seller's time zone, so "by month" and "in the last 12
 * months" count the same rows.
 */
export const RECORD_MONTHS = 12;

export type RecordWindow = { from: number; to: number };

/** The start of the month `monthsBack` months before `now`'s month (local time). */
export function monthStart(now: number, monthsBack = 0): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth() - monthsBack, 1).getTime();
}

/** From the first day of the month 11 months ago up to now: 12 calendar months. */
export function recordWindow(now: number): RecordWindow {
  return { from: monthStart(now, RECORD_MONTHS - 1), to: now };
}

export const inWindow = (at: number | null | undefined, w: RecordWindow): at is number =>
  typeof at === 'number' && at >= w.from && at <= w.to;

/** The month index of `at` in the window: 0 is the oldest month, 11 this month; -1 outside. */
export function monthIndex(at: number, now: number): number {
  const a = new Date(at);
  const n = new Date(now);
  const back = (n.getFullYear() - a.getFullYear()) * 12 + (n.getMonth() - a.getMonth());
  return back < 0 || back >= RECORD_MONTHS || at > now ? -1 : RECORD_MONTHS - 1 - back;
}

/**
 * monthIndex for many rows: the 12 month starts computed once, then plain
 * number comparisons (no Date per row), for My record's 100,000 meetings.
 */
export function monthIndexer(now: number): (at: number) => number {
  const starts = Array.from({ length: RECORD_MONTHS }, (_, i) =>
    monthStart(now, RECORD_MONTHS - 1 - i),
  );
  const first = starts[0]!;
  return (at) => {
    if (at < first || at > now) return -1;
    let i = RECORD_MONTHS - 1;
    while (at < starts[i]!) i--;
    return i;
  };
}
