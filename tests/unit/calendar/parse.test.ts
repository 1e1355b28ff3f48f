import { describe, expect, it } from 'vitest';
import { importWindow } from '@/lib/calendar/occurrence';
import { parseCalendar } from '@/lib/calendar/parse';
import { MAX_CALENDAR_BYTES } from '@/lib/calendar/errors';
import { readCalendarFile } from '@/lib/calendar/read-file';
import { local, utc } from '../clock';
import { calendarFile } from './files';

const DEC_3 = importWindow(utc(2026, 12, 3, 12));
const SERIES = '040000008200E00074C5B7101A82E00800000000D0A1F5C2E45BDB01';

const byTitle = (text: string, window = DEC_3) => {
  const { occurrences } = parseCalendar(text, window);
  return (title: string) => occurrences.filter((o) => o.title === title);
};

describe('an Outlook export (Windows time-zone names)', () => {
  const { occurrences, events, warnings } = parseCalendar(
    calendarFile('outlook-windows-zones.ics'),
    DEC_3,
  );
  const titled = byTitle(calendarFile('outlook-windows-zones.ics'));

  it('expands the weekly series inside the window at 10:00 Berlin time (09:00 UTC in winter)', () => {
    expect(events).toBe(6);
    expect(warnings).toEqual([]);
    const weekly = titled('Northwind weekly sync').filter((o) => !o.cancelled);
    expect(weekly.map((o) => o.startsAt)).toEqual([
      utc(2026, 11, 9, 9),
      utc(2026, 11, 16, 9),
      utc(2026, 11, 23, 9),
      utc(2026, 11, 30, 9),
      utc(2026, 12, 21, 9),
      utc(2026, 12, 28, 9),
      utc(2027, 1, 4, 9),
      utc(2027, 1, 11, 9),
      utc(2027, 1, 18, 9),
      utc(2027, 1, 25, 9),
      utc(2027, 2, 1, 9),
    ]);
    expect(weekly.every((o) => o.endsAt === o.startsAt + 30 * 60_000)).toBe(true);
  });

  it('keeps the moved occurrence under its original RECURRENCE-ID, at its new time', () => {
    const [moved] = titled('Northwind weekly sync (moved)');
    expect(moved).toMatchObject({
      startsAt: utc(2026, 12, 15, 13),
      endsAt: utc(2026, 12, 15, 13, 30),
      cancelled: false,
    });
    expect(moved!.key).toMatch(new RegExp(`^${SERIES}.*#2026-12-14T09:00:00Z$`));
  });

  it('gives the EXDATE occurrence as cancelled, so its meeting can be marked so', () => {
    const cancelled = occurrences.filter((o) => o.cancelled);
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]).toMatchObject({
      startsAt: utc(2026, 12, 7, 9),
      title: 'Northwind weekly sync',
    });
    expect(cancelled[0]!.key).toMatch(/#2026-12-07T09:00:00Z$/);
  });

  it('reads "(UTC-05:00) Eastern Time (US & Canada)" as New York time', () => {
    expect(titled('Contoso intro call')[0]).toMatchObject({
      startsAt: utc(2026, 12, 8, 14),
      endsAt: utc(2026, 12, 8, 15),
    });
  });

  it('keeps an all-day event as its day, starting at local midnight', () => {
    expect(titled('Northwind site visit')[0]).toMatchObject({
      allDay: { firstDay: '2026-12-18', lastDay: '2026-12-18' },
      startsAt: local(2026, 12, 18),
      endsAt: local(2026, 12, 19),
    });
  });

  it('lists organizer and attendees once each, by lower-case email with their names', () => {
    expect(titled('Contoso intro call')[0]!.people).toEqual([
      { email: 'sam@seller.example', name: 'Sam Seller' },
      { email: 'dana.whitfield@contoso.com', name: 'Dana Whitfield' },
      { email: 'lee.park@contoso.com', name: 'Lee Park' },
    ]);
    expect(titled('Dentist')[0]!.people).toEqual([]);
  });

  it('gives every occurrence its own key', () => {
    expect(new Set(occurrences.map((o) => o.key)).size).toBe(occurrences.length);
  });
});

describe('a Google Calendar export', () => {
  const titled = byTitle(calendarFile('google-export.ics'));

  it('reads UTC times as written and leaves out events outside the window', () => {
    expect(titled('Pilot numbers review')[0]).toMatchObject({
      startsAt: utc(2026, 12, 9, 9),
      endsAt: utc(2026, 12, 9, 9, 45),
    });
    expect(titled('Old kickoff (outside the window)')).toEqual([]);
  });

  it('expands a TZID series with COUNT, the EXDATE occurrence cancelled', () => {
    const weekly = titled('Fabrikam rollout weekly');
    expect(weekly.filter((o) => !o.cancelled).map((o) => o.startsAt)).toEqual([
      utc(2026, 12, 1, 14),
      utc(2026, 12, 8, 14),
      utc(2026, 12, 15, 14),
      utc(2026, 12, 29, 14),
      utc(2027, 1, 5, 14),
    ]);
    expect(weekly.filter((o) => o.cancelled).map((o) => o.startsAt)).toEqual([
      utc(2026, 12, 22, 14),
    ]);
  });

  it('leaves rooms and resources out of the people', () => {
    const people = titled('Fabrikam rollout weekly')[0]!.people.map((p) => p.email);
    expect(people).toEqual(['sam@seller.example', 'ops@fabrikam.io']);
  });

  it('marks a STATUS:CANCELLED event cancelled', () => {
    expect(titled('Coffee with Chris')[0]!.cancelled).toBe(true);
  });

  it('reads a two-day all-day event as its two days (DTEND is the day after)', () => {
    expect(titled('Fabrikam go-live days')[0]!.allDay).toEqual({
      firstDay: '2026-12-14',
      lastDay: '2026-12-15',
    });
  });
});

describe('an Apple Calendar export', () => {
  const titled = byTitle(calendarFile('apple-export.ics'), importWindow(utc(2027, 3, 1, 12)));

  it('keeps a Los Angeles series at 9:00 local across the change to summer time', () => {
    expect(titled('Tailspin weekly check-in').map((o) => o.startsAt)).toEqual([
      utc(2027, 3, 4, 17),
      utc(2027, 3, 11, 17),
      utc(2027, 3, 18, 16),
      utc(2027, 3, 25, 16),
    ]);
  });

  it('reads an IANA TZID without a VTIMEZONE through Intl, summer time included', () => {
    expect(titled('Call with Berlin office (no VTIMEZONE)')[0]!.startsAt).toBe(utc(2027, 3, 29, 8));
  });
});

describe('files that are not a calendar Callprep can read', () => {
  it.each([
    ['broken-empty.ics', /empty/],
    ['broken-not-a-calendar.ics', /not a calendar file.*BEGIN:VCALENDAR/],
    ['broken-html.ics', /web page \(HTML\)/],
    ['broken-truncated.ics', /cut off/],
    ['broken-no-start.ics', /“Planning \(start missing\)” has no start time/],
  ])('%s: says so in words, and that nothing was imported', (file, words) => {
    expect(() => parseCalendar(calendarFile(file), DEC_3)).toThrow(words);
    expect(() => parseCalendar(calendarFile(file), DEC_3)).toThrow(/Nothing was imported/);
  });

  it('refuses a 50 MB file before reading it, saying how big it is', async () => {
    const file = { size: 50 * 1024 * 1024, text: () => Promise.reject(new Error('read')) };
    await expect(readCalendarFile(file)).rejects.toThrow(/50 MB.*up to 20 MB/);
  });

  it('refuses text over the limit (a feed that sent too much)', () => {
    const text = 'BEGIN:VCALENDAR\r\n' + 'X'.repeat(MAX_CALENDAR_BYTES) + '\r\nEND:VCALENDAR\r\n';
    expect(() => parseCalendar(text, DEC_3)).toThrow(/Callprep reads calendars up to 20 MB/);
  });

  it('says what the parser could not read in a file that looks like a calendar', () => {
    const text =
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2026\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    expect(() => parseCalendar(text, DEC_3)).toThrow(/could not read/);
  });
});
