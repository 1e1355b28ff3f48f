/**
 * Time for unit tests: the units once, and fixed instants, so no test reads the
 * real clock and no file redefines what a day is.
 */
export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** An instant in UTC, months counted from 1 as people write them: `utc(2026, 11, 23, 9)`. */
export function utc(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** An instant in the machine's local time zone (for code that shows local times). */
export function local(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  return new Date(year, month - 1, day, hour, minute, second).getTime();
}
