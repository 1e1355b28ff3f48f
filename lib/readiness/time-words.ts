/**
 * Durations in the words a seller reads at a glance ("2 days", "3 hours"), for
 * readiness reasons and reminders. Pure: the caller passes both times.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A positive duration, rounded to the unit that matters: "5 minutes", "3 hours", "2 days". */
export function durationWords(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < HOUR) return plural(Math.max(1, Math.round(abs / MINUTE)), 'minute');
  if (abs < DAY) return plural(Math.round(abs / HOUR), 'hour');
  return plural(Math.round(abs / DAY), 'day');
}

/** "2 days ago" / "in 3 hours" for `at` seen from `now`. */
export function relativeWords(at: number, now: number): string {
  return at <= now ? `${durationWords(now - at)} ago` : `in ${durationWords(at - now)}`;
}
