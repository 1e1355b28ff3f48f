import { createMeetingWithChecklist } from '../db/meetings';
import type { Meeting } from '../db/models';
import type { Clock } from '../db/repo';
import { systemClock } from '../db/repo';
import type { CallprepDB } from '../db/schema';
import { outlookItemId } from '../recognize/outlook-calendar';
import { withShownZone } from '../recognize/outlook-time-zone';
import type { PageSignal } from '../recognize/signal';

/**
 * "Prepare this meeting" from a calendar event the content script recognized:
 * creates the meeting for the tab's customer with the event's title and time
 * and a checklist from the chosen template, or finds the one already prepared
 * (deduplicated by `meetings.externalId`).
 */

export type CalendarEvent = {
  /** `gcal:<event id>` (Outlook: `owa:<item id>`) from the URL, else `gcal:t:<title>@<start>` (`owa:t:…`) */
  externalId: string;
  title: string;
  startsAt: number;
  endsAt: number | null;
  /** attendees' emails, for the seller's reference */
  attendees: string[];
};

/** A local ISO time ("2026-03-12T10:00:00") or a date ("2026-03-12", all day: local midnight). */
export function parseEventInstant(iso: string | undefined): number | null {
  if (!iso) return null;
  const day = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso.trim());
  const t = day ? new Date(+day[1]!, +day[2]! - 1, +day[3]!).getTime() : Date.parse(iso);
  return Number.isFinite(t) && t >= 0 ? t : null;
}

function base64UrlDecode(s: string): string | null {
  try {
    const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
    const text = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    return /^[\x20-\x7e]+$/.test(text) ? text : null;
  } catch {
    return null;
  }
}

/**
 * The Calendar event id in a URL: `/r/eventedit/<eid>`, `/r/event/<eid>` or
 * `?eid=<eid>`. An eid is base64 of "<event id> <calendar>"; the event id (with
 * its instance suffix for recurring events) is what stays the same across views.
 */
export function calendarEventIdFromUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const eid =
    u.searchParams.get('eid') ??
    /\/r\/event(?:edit)?\/([A-Za-z0-9_-]{6,})/.exec(u.pathname)?.[1] ??
    null;
  if (!eid) return null;
  const decoded = base64UrlDecode(eid);
  const id = decoded?.split(' ')[0];
  return id && /^[A-Za-z0-9_.@-]+$/.test(id) ? id : eid;
}

const normalizeTitle = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** An Outlook on the web event's item id, when its URL names one (a peek card's does not). */
function owaItemId(url: string): string | null {
  try {
    return outlookItemId(new URL(url));
  } catch {
    return null;
  }
}

export function eventExternalId(
  url: string,
  title: string,
  startsAt: number,
  site: 'gcalendar' | 'outlook' = 'gcalendar',
): string {
  const [prefix, id] =
    site === 'outlook' ? ['owa', owaItemId(url)] : ['gcal', calendarEventIdFromUrl(url)];
  if (id) return `${prefix}:${id}`.slice(0, 500);
  return `${prefix}:t:${normalizeTitle(title)}@${new Date(startsAt).toISOString()}`.slice(0, 500);
}

/** The event a page signal shows, or null when it is not a dated calendar event. */
export function eventFromSignal(signal: PageSignal | null | undefined): CalendarEvent | null {
  // Google Calendar's and Outlook on the web's calendar events.
  const site = signal?.site;
  if ((site !== 'gcalendar' && site !== 'outlook') || signal?.view !== 'event') return null;
  // Outlook may show the zone its times are in: then they are that zone's, not the machine's.
  const zone = signal.when?.zone ?? '';
  const startsAt = parseEventInstant(withShownZone(signal.when?.start, zone));
  if (startsAt === null) return null;
  let endsAt = parseEventInstant(withShownZone(signal.when?.end, zone));
  if (endsAt !== null && endsAt < startsAt) endsAt = null;
  const title = (signal.title ?? '').replace(/\s+/g, ' ').trim().slice(0, 200) || 'Meeting';
  const attendees = [...new Set(signal.people.map((p) => p.email).filter((e): e is string => !!e))];
  return {
    externalId: eventExternalId(signal.url, title, startsAt, site),
    title,
    startsAt,
    endsAt,
    attendees,
  };
}

/**
 * The meeting already made for this event: by its id, else the meeting at the
 * same start with the same title. An event seen first in Outlook's peek card (no
 * item id) and then on its own page, or imported from a calendar file and then
 * opened in the calendar, is one meeting, not two.
 */
export async function findPreparedMeeting(
  db: CallprepDB,
  event: Pick<CalendarEvent, 'externalId' | 'title' | 'startsAt'>,
): Promise<Meeting | undefined> {
  const live = (m: Meeting) => m.status !== 'cancelled';
  const byId = await db.meetings.where('externalId').equals(event.externalId).toArray();
  const known = byId.find(live);
  if (known) return known;
  const title = normalizeTitle(event.title);
  const atStart = await db.meetings.where('startsAt').equals(event.startsAt).toArray();
  return atStart.find((m) => live(m) && normalizeTitle(m.title) === title);
}

/**
 * Creates the meeting for the event (with the template's checklist), or returns
 * the one already prepared from it. One transaction: two quick clicks never
 * make two meetings.
 */
export async function prepareMeetingFromEvent(
  db: CallprepDB,
  options: { event: CalendarEvent; customerId: string; templateId: string | null },
  clock: Clock = systemClock,
): Promise<{ meeting: Meeting; created: boolean }> {
  const { event, customerId, templateId } = options;
  return db.transaction('rw', db.meetings, db.checklistItems, db.templates, async () => {
    const existing = await findPreparedMeeting(db, event);
    if (existing) return { meeting: existing, created: false };
    const template = templateId ? await db.templates.get(templateId) : undefined;
    const { meeting } = await createMeetingWithChecklist(
      db,
      {
        customerId,
        title: event.title,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        templateId: template?.id ?? null,
        externalId: event.externalId,
      },
      template?.items ?? [],
      clock,
    );
    return { meeting, created: true };
  });
}
