import ICAL from 'ical.js';
import { CalendarError, calendarTextProblem } from './errors';
import type { AllDay, CalendarWindow, EventPerson, Occurrence } from './occurrence';
import { localToEpoch, resolveTimeZone, zonedToEpoch } from './time-zone';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type Property = InstanceType<typeof ICAL.Property>;

/** What a calendar holds inside the window, with anything read on a guess said in words. */
export type ParsedCalendar = {
  occurrences: Occurrence[];
  /** VEVENTs in the file, inside the window or not */
  events: number;
  warnings: string[];
};

const DAY = 24 * 60 * 60 * 1000;
/** A series is walked from its start; past this many occurrences it is surely runaway. */
const MAX_STEPS_PER_SERIES = 50_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dateOf = (t: Time) => `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;

function tzidOf(prop: Property | null): string | undefined {
  const tzid = prop?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : undefined;
}

/** Reads times the way the file means them, noting TZIDs nobody could resolve. */
class Clock {
  unknownZones = new Set<string>();

  /**
   * The instant of a date-time: UTC as written; a TZID Callprep knows (IANA,
   * Windows id or display name) through Intl; else the file's own VTIMEZONE;
   * else (floating, or a zone nobody defines) the seller's local time.
   */
  instant(time: Time, tzid: string | undefined): number {
    if (time.isDate) return localToEpoch({ ...wall(time), hour: 0, minute: 0, second: 0 });
    if (time.zone === ICAL.Timezone.utcTimezone || time.zone?.tzid === 'UTC') {
      return time.toUnixTime() * 1000;
    }
    const zone = resolveTimeZone(tzid);
    if (zone) return zonedToEpoch(wall(time), zone);
    if (time.zone && time.zone.component) return time.toUnixTime() * 1000;
    if (tzid) this.unknownZones.add(tzid);
    return localToEpoch(wall(time));
  }
}

function wall(t: Time) {
  return {
    year: t.year,
    month: t.month,
    day: t.day,
    hour: t.hour,
    minute: t.minute,
    second: t.second,
  };
}

/** Rooms, resources and Google's group calendars are on events but are nobody to meet. */
function isPerson(prop: Property): boolean {
  const cutype = String(prop.getParameter('cutype') ?? '').toUpperCase();
  return cutype !== 'ROOM' && cutype !== 'RESOURCE';
}

function personOf(prop: Property): EventPerson | null {
  const value = String(prop.getFirstValue() ?? '').trim();
  const email = value
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return null;
  if (/@(?:[a-z0-9-]+\.)*calendar\.google\.com$/.test(email)) return null;
  const cn = prop.getParameter('cn');
  const name = typeof cn === 'string' ? cn.replace(/\s+/g, ' ').trim() : '';
  return name && name.toLowerCase() !== email ? { email, name } : { email };
}

function peopleOf(vevent: Component): EventPerson[] {
  const byEmail = new Map<string, EventPerson>();
  const props = [...vevent.getAllProperties('organizer'), ...vevent.getAllProperties('attendee')];
  for (const prop of props) {
    if (!isPerson(prop)) continue;
    const person = personOf(prop);
    if (person && !byEmail.has(person.email)) byEmail.set(person.email, person);
  }
  return [...byEmail.values()];
}

function titleOf(vevent: Component): string {
  const summary = vevent.getFirstPropertyValue('summary');
  const title = typeof summary === 'string' ? summary.replace(/\s+/g, ' ').trim() : '';
  return title.slice(0, 200) || 'Meeting';
}

const isCancelled = (vevent: Component) =>
  String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';

/** "2026-12-10T09:00:00Z" for a date-time, "2026-12-10" for a date: one series occurrence's id. */
function recurrenceKey(clock: Clock, time: Time, tzid: string | undefined): string {
  if (time.isDate) return dateOf(time);
  return new Date(clock.instant(time, tzid)).toISOString().replace('.000Z', 'Z');
}

type Span = { startsAt: number; endsAt: number | null; allDay?: AllDay };

function spanOf(
  clock: Clock,
  start: Time,
  end: Time | null,
  tzid: string | undefined,
  endTzid: string | undefined = tzid,
): Span {
  if (start.isDate) {
    // DTEND of an all-day event is the day after its last (exclusive); absent, it is one day.
    const after = end && end.isDate && end.compare(start) > 0 ? end.clone() : start.clone();
    if (after.compare(start) === 0) after.adjust(1, 0, 0, 0);
    const last = after.clone();
    last.adjust(-1, 0, 0, 0);
    return {
      startsAt: clock.instant(start, tzid),
      endsAt: clock.instant(after, tzid),
      allDay: { firstDay: dateOf(start), lastDay: dateOf(last) },
    };
  }
  const startsAt = clock.instant(start, tzid);
  const endsAt = end ? clock.instant(end, endTzid) : null;
  return { startsAt, endsAt: endsAt !== null && endsAt >= startsAt ? endsAt : null };
}

const inWindow = (span: Span, window: CalendarWindow) =>
  span.startsAt < window.to && (span.endsAt ?? span.startsAt) >= window.from;

/** Wall clock read as UTC: within 14 hours (and a day for all-day) of the real instant. */
const rough = (t: Time) => Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
const ROUGH_MARGIN = 2 * DAY;

/**
 * Surely outside the window, judged without time zones: most of an export is
 * history, and converting each of its times through Intl is most of the work.
 */
const surelyOutside = (start: Time, end: Time | null, window: CalendarWindow) =>
  rough(start) >= window.to + ROUGH_MARGIN || rough(end ?? start) < window.from - ROUGH_MARGIN;

function parseComponents(text: string): Component {
  const problem = calendarTextProblem(text);
  if (problem) throw new CalendarError(problem);
  try {
    return new ICAL.Component(ICAL.parse(text.replace(/^\uFEFF/, '')));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new CalendarError(
      `The calendar file could not be read (${why.slice(0, 200)}). Nothing was imported.`,
    );
  }
}

/**
 * Every occurrence of every event of an .ics text inside `window`: series
 * expanded (RRULE, RDATE, EXDATE, overridden occurrences), times converted to
 * instants, cancelled occurrences kept (marked) so a re-import can cancel their
 * meetings. Throws a CalendarError, with words, for anything that is not a
 * readable calendar or has an event without a start.
 */
export function parseCalendar(text: string, window: CalendarWindow): ParsedCalendar {
  const root = parseComponents(text);
  const calendar = root.name === 'vcalendar' ? root : root.getFirstSubcomponent('vcalendar');
  if (!calendar) {
    throw new CalendarError(
      'This is not a calendar file: it has no VCALENDAR. Nothing was imported.',
    );
  }
  const vevents = calendar.getAllSubcomponents('vevent');
  const clock = new Clock();
  const bySeries = new Map<string, { master?: Component; exceptions: Component[] }>();
  vevents.forEach((vevent, index) => {
    if (!vevent.getFirstProperty('dtstart')) {
      throw new CalendarError(
        `The event “${titleOf(vevent)}” has no start time (DTSTART), so the file is not a complete calendar. Nothing was imported.`,
      );
    }
    const uid = String(vevent.getFirstPropertyValue('uid') ?? '').trim() || `no-uid-${index}`;
    const series = bySeries.get(uid) ?? { exceptions: [] };
    if (vevent.getFirstProperty('recurrence-id')) series.exceptions.push(vevent);
    else series.master ??= vevent;
    bySeries.set(uid, series);
  });

  const occurrences: Occurrence[] = [];
  const add = (key: string, vevent: Component, span: Span, cancelled: boolean) => {
    if (!inWindow(span, window)) return;
    occurrences.push({
      key,
      title: titleOf(vevent),
      ...span,
      cancelled: cancelled || isCancelled(vevent),
      people: peopleOf(vevent),
    });
  };

  try {
    for (const [uid, { master, exceptions }] of bySeries) {
      const used = new Set<Component>();
      if (master) {
        const event = new ICAL.Event(master, { exceptions });
        const tzid = tzidOf(master.getFirstProperty('dtstart'));
        if (!event.isRecurring()) {
          if (!surelyOutside(event.startDate, event.endDate, window)) {
            const endTzid = tzidOf(master.getFirstProperty('dtend')) ?? tzid;
            const span = spanOf(clock, event.startDate, event.endDate, tzid, endTzid);
            add(uid, master, span, false);
          }
        } else {
          expandSeries(clock, uid, event, tzid, window, used, add);
          addExdates(clock, uid, master, event, tzid, window, add);
        }
      }
      // An overridden occurrence the series did not reach (or of a series not in the file).
      for (const vevent of exceptions) {
        if (used.has(vevent)) continue;
        const event = new ICAL.Event(vevent);
        if (surelyOutside(event.startDate, event.endDate, window)) continue;
        const tzid = tzidOf(vevent.getFirstProperty('dtstart'));
        const endTzid = tzidOf(vevent.getFirstProperty('dtend')) ?? tzid;
        const rid = recurrenceKey(
          clock,
          event.recurrenceId,
          tzidOf(vevent.getFirstProperty('recurrence-id')),
        );
        const span = spanOf(clock, event.startDate, event.endDate, tzid, endTzid);
        add(`${uid}#${rid}`, vevent, span, false);
      }
    }
  } catch (e) {
    if (e instanceof CalendarError) throw e;
    const why = e instanceof Error ? e.message : String(e);
    throw new CalendarError(
      `The calendar file has an event Callprep could not read (${why.slice(0, 200)}). Nothing was imported.`,
    );
  }

  const warnings = [...clock.unknownZones].map(
    (zone) =>
      `Times in the time zone “${zone}” were read as your own local time (Callprep does not know that zone).`,
  );
  return { occurrences, events: vevents.length, warnings };
}

type Add = (key: string, vevent: Component, span: Span, cancelled: boolean) => void;

function expandSeries(
  clock: Clock,
  uid: string,
  event: InstanceType<typeof ICAL.Event>,
  tzid: string | undefined,
  window: CalendarWindow,
  used: Set<Component>,
  add: Add,
) {
  const iterator = event.iterator();
  const length = event.endDate ? rough(event.endDate) - rough(event.startDate) : 0;
  for (let step = 0; step < MAX_STEPS_PER_SERIES; step++) {
    const next = iterator.next();
    if (!next) break;
    // Occurrences are generated in order of their original start: past the window, done.
    const at = rough(next);
    if (at >= window.to + ROUGH_MARGIN) break;
    // Long before the window: not even its details are needed (an overridden
    // occurrence moved into the window is read on its own, below).
    if (at + length < window.from - ROUGH_MARGIN) continue;
    const details = event.getOccurrenceDetails(next);
    const item = details.item.component;
    if (item !== event.component) used.add(item);
    const itemTzid = tzidOf(item.getFirstProperty('dtstart')) ?? tzid;
    const key = `${uid}#${recurrenceKey(clock, details.recurrenceId, tzid)}`;
    add(key, item, spanOf(clock, details.startDate, details.endDate, itemTzid), false);
  }
}

/** An EXDATE in the window is a cancelled occurrence: its meeting, if any, is marked so. */
function addExdates(
  clock: Clock,
  uid: string,
  master: Component,
  event: InstanceType<typeof ICAL.Event>,
  tzid: string | undefined,
  window: CalendarWindow,
  add: Add,
) {
  const length =
    event.endDate && !event.startDate.isDate
      ? clock.instant(event.endDate, tzid) - clock.instant(event.startDate, tzid)
      : null;
  for (const prop of master.getAllProperties('exdate')) {
    const exTzid = tzidOf(prop) ?? tzid;
    for (const value of prop.getValues()) {
      if (!(value instanceof ICAL.Time) || surelyOutside(value, null, window)) continue;
      const key = `${uid}#${recurrenceKey(clock, value, exTzid)}`;
      const span = value.isDate
        ? spanOf(clock, value, null, exTzid)
        : {
            startsAt: clock.instant(value, exTzid),
            endsAt: length === null ? null : clock.instant(value, exTzid) + length,
          };
      add(key, master, span, true);
    }
  }
}
