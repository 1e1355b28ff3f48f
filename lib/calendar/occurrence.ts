/** The days an all-day event covers, as the calendar wrote them (first and last, inclusive). */
export type AllDay = { firstDay: string; lastDay: string };

/** Someone on an event: an attendee or its organizer. */
export type EventPerson = { email: string; name?: string };

/** One occurrence of a calendar event inside the import window. */
export type Occurrence = {
  /** UID, and for one occurrence of a series "#" and its RECURRENCE-ID: one meeting each */
  key: string;
  title: string;
  startsAt: number;
  endsAt: number | null;
  /** set for an all-day event, whose startsAt is local midnight of its first day */
  allDay?: AllDay;
  /** STATUS:CANCELLED, or an EXDATE taking it out of its series */
  cancelled: boolean;
  people: EventPerson[];
};

/** The window a calendar is read in: the last 30 days and the next 90. */
export type CalendarWindow = { from: number; to: number };

const DAY = 24 * 60 * 60 * 1000;

export function importWindow(now: number): CalendarWindow {
  return { from: now - 30 * DAY, to: now + 90 * DAY };
}
