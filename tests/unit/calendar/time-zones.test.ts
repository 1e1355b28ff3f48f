import { describe, expect, it } from 'vitest';
import { resolveTimeZone, zonedToEpoch } from '@/lib/calendar/time-zone';
import { WINDOWS_ZONE_ROWS, windowsZoneToIana } from '@/lib/calendar/windows-zones';
import { utc } from '../clock';

const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
});

describe('Windows time-zone names (CLDR windowZones)', () => {
  it('covers the common zones, each mapped to a zone Intl knows', () => {
    expect(WINDOWS_ZONE_ROWS.length).toBeGreaterThanOrEqual(100);
    const unknown = WINDOWS_ZONE_ROWS.filter(([, iana]) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: iana });
        return false;
      } catch {
        return true;
      }
    });
    expect(unknown).toEqual([]);
    expect(new Set(WINDOWS_ZONE_ROWS.map(([id]) => id)).size).toBe(WINDOWS_ZONE_ROWS.length);
  });

  it.each([
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Eastern Standard Time', 'America/New_York'],
    ['GMT Standard Time', 'Europe/London'],
    ['India Standard Time', 'Asia/Kolkata'],
    ['AUS Eastern Standard Time', 'Australia/Sydney'],
    ['  romance   standard time ', 'Europe/Paris'],
    ['(UTC-05:00) Eastern Time (US & Canada)', 'America/New_York'],
    ['(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', 'Europe/Berlin'],
    ['(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', 'Europe/Paris'],
    ['(UTC) Dublin, Edinburgh, Lisbon, London', 'Europe/London'],
    ['(GMT-08:00) Pacific Time (US & Canada)', 'America/Los_Angeles'],
  ])('%s → %s', (name, iana) => {
    expect(windowsZoneToIana(name)).toBe(iana);
  });

  it('knows no zone for a city list without the Windows offset, or a made-up id', () => {
    expect(windowsZoneToIana('Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna')).toBeUndefined();
    expect(windowsZoneToIana('Customized Time Zone')).toBeUndefined();
  });
});

describe('TZIDs', () => {
  it.each([
    ['Europe/Berlin', 'Europe/Berlin'],
    ['"W. Europe Standard Time"', 'Europe/Berlin'],
    ['/mozilla.org/20050126_1/America/New_York', 'America/New_York'],
    ['tzone://Microsoft/Utc', 'UTC'],
    ['UTC', 'UTC'],
  ])('%s is %s', (tzid, zone) => {
    expect(resolveTimeZone(tzid)).toBe(zone);
  });

  it('leaves a zone nobody knows for the file’s VTIMEZONE', () => {
    expect(resolveTimeZone('Customized Time Zone 1')).toBeUndefined();
    expect(resolveTimeZone('Mars/Olympus_Mons')).toBeUndefined();
    expect(resolveTimeZone(undefined)).toBeUndefined();
  });
});

describe('wall-clock times in a zone', () => {
  it('uses the offset of the day itself, summer or winter', () => {
    expect(zonedToEpoch(wall(2026, 12, 14, 10), 'Europe/Berlin')).toBe(utc(2026, 12, 14, 9));
    expect(zonedToEpoch(wall(2026, 7, 14, 10), 'Europe/Berlin')).toBe(utc(2026, 7, 14, 8));
    expect(zonedToEpoch(wall(2027, 3, 18, 9), 'America/Los_Angeles')).toBe(utc(2027, 3, 18, 16));
    expect(zonedToEpoch(wall(2026, 12, 8, 9), 'Asia/Kolkata')).toBe(utc(2026, 12, 8, 3, 30));
  });

  it('reads a time skipped by spring-forward as after the jump, as calendars show it', () => {
    // 02:30 does not exist in Berlin on 28 March 2027: it is 03:30 summer time.
    expect(zonedToEpoch(wall(2027, 3, 28, 2, 30), 'Europe/Berlin')).toBe(utc(2027, 3, 28, 1, 30));
  });
});
