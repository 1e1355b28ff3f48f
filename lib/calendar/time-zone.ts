import { windowsZoneToIana } from './windows-zones';

/** A wall-clock time as a calendar file writes it (months counted from 1). */
export type WallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** One formatter per zone (building one costs far more than using it); null for a zone Intl does not know. */
function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f !== undefined) return f;
  try {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    f = null;
  }
  formatters.set(zone, f);
  return f;
}

const UTC_NAMES = new Set(['utc', 'gmt', 'z', 'etc/utc', 'etc/gmt', 'tzone://microsoft/utc']);

/**
 * The IANA zone a TZID means, or undefined when it names none Callprep knows
 * (the file's own VTIMEZONE then decides). IANA names as they are; Windows ids
 * and display names through CLDR's table; a path ending in an IANA name
 * ("/mozilla.org/20050126_1/Europe/Berlin") by that name.
 */
export function resolveTimeZone(tzid: string | null | undefined): string | undefined {
  const name = tzid?.trim().replace(/^"|"$/g, '');
  if (!name) return undefined;
  if (UTC_NAMES.has(name.toLowerCase())) return 'UTC';
  const windows = windowsZoneToIana(name);
  if (windows) return windows;
  if (!/\s/.test(name) && formatterFor(name)) return name;
  const tail = /([A-Za-z]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(name)?.[1];
  return tail && formatterFor(tail) ? tail : undefined;
}

/** Milliseconds `zone` is ahead of UTC at instant `t`. */
function offsetAt(format: Intl.DateTimeFormat, t: number): number {
  const p: Record<string, number> = {};
  for (const part of format.formatToParts(t)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - Math.floor(t / 1000) * 1000;
}

/**
 * The instant a wall-clock time in `zone` (IANA) is. A time that does not
 * exist (skipped by a spring-forward) is read with the offset before the jump,
 * landing after it, as calendars show it.
 */
export function zonedToEpoch(wall: WallClock, zone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const format = formatterFor(zone);
  if (!format) throw new Error(`Unknown time zone ${zone}`);
  const first = offsetAt(format, asUtc);
  const guess = asUtc - first;
  const second = offsetAt(format, guess);
  if (second === first) return guess;
  const other = asUtc - second;
  // In a gap neither reading round-trips: the offset before the jump is the smaller one.
  return offsetAt(format, other) === second ? other : Math.max(guess, other);
}

/** The instant a wall-clock time is in the seller's own zone (a floating time). */
export function localToEpoch(wall: WallClock): number {
  return new Date(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
  ).getTime();
}
