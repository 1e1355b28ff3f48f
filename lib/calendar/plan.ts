import { meetingSchema, type Meeting } from '../db/models';
import { newId } from '../db/repo';
import type { CallprepDB } from '../db/schema';
import { nameFromDomain } from '../match/free-mail';
import type { Own } from '../match/people';
import { attendeeMatcher } from './attendees';
import type { CalendarWindow, Occurrence } from './occurrence';

/** Which built-in checklist a new meeting gets when the seller leaves the choice to Callprep. */
export type AutoTemplate = 'follow-up' | 'discovery';

export type PlannedMeeting = { meeting: Meeting; autoTemplate: AutoTemplate };

/** A company domain on events that no customer has: one click makes it a customer. */
export type UnmatchedDomain = { domain: string; suggestedName: string; meetings: number };

/** What importing a calendar would do; nothing is written until `applyCalendarPlan`. */
export type CalendarPlan = {
  window: CalendarWindow;
  source: string;
  /** occurrences in the window that are not cancelled */
  found: number;
  /** of those, how many are with a customer (new, changed or already here) */
  matched: number;
  customers: number;
  create: PlannedMeeting[];
  /** meetings the calendar moved, renamed or brought back: whole new rows, ticks and notes untouched */
  update: Meeting[];
  /** meetings whose occurrence is cancelled (or gone from the feed) */
  cancel: Meeting[];
  unchanged: number;
  internal: number;
  personal: number;
  unmatched: UnmatchedDomain[];
  /** updatedAt of every meeting the plan changes, to refuse a plan gone stale */
  basis: Map<string, number>;
};

export type PlanOptions = Own & {
  now: number;
  window: CalendarWindow;
  /** "file", or "feed:<id>"; a feed also cancels its meetings that left it */
  source: string;
};

const sameDays = (a: Meeting['allDay'], b: Occurrence['allDay']) =>
  a?.firstDay === b?.firstDay && a?.lastDay === b?.lastDay;

/** The meeting as the calendar now has it, or null when nothing the calendar owns changed. */
function movedOrRenamed(m: Meeting, o: Occurrence, source: string, now: number): Meeting | null {
  const reopen = m.status === 'cancelled' && m.cancelledByCalendar === true;
  // A feed takes over a meeting first imported from a file (so it can cancel it when
  // the occurrence leaves the feed); a file never takes one from a feed.
  const adopt = source.startsWith('feed:') && m.calendarSource !== source;
  const same =
    !adopt &&
    m.title === o.title &&
    m.startsAt === o.startsAt &&
    m.endsAt === o.endsAt &&
    sameDays(m.allDay, o.allDay) &&
    !reopen;
  if (same) return null;
  const row: Meeting = {
    ...m,
    title: o.title,
    startsAt: o.startsAt,
    endsAt: o.endsAt,
    calendarSource: adopt || !m.calendarSource ? source : m.calendarSource,
    updatedAt: Math.max(now, m.updatedAt + 1),
  };
  if (o.allDay) row.allDay = o.allDay;
  else delete row.allDay;
  if (reopen) {
    row.status = 'planned';
    delete row.cancelledByCalendar;
  }
  return row;
}

function cancelled(m: Meeting, now: number): Meeting {
  return {
    ...m,
    status: 'cancelled',
    cancelledByCalendar: true,
    updatedAt: Math.max(now, m.updatedAt + 1),
  };
}

/**
 * Works out what importing these occurrences would change: new meetings for
 * occurrences with a customer, existing ones (found by calendar key) moved,
 * renamed or cancelled, and what was left out and why. Reads only.
 */
export async function planCalendarImport(
  db: CallprepDB,
  occurrences: readonly Occurrence[],
  options: PlanOptions,
): Promise<CalendarPlan> {
  const { now, window, source } = options;
  const keys = occurrences.map((o) => o.key);
  const existing = new Map<string, Meeting>();
  for (const m of await db.meetings.where('calendarKey').anyOf(keys).toArray()) {
    if (m.calendarKey) existing.set(m.calendarKey, m);
  }
  const live = occurrences.filter((o) => !o.cancelled);
  const judge = await attendeeMatcher(
    db,
    live.filter((o) => !existing.has(o.key)).map((o) => o.people),
    options,
  );

  const plan: CalendarPlan = {
    window,
    source,
    found: live.length,
    matched: 0,
    customers: 0,
    create: [],
    update: [],
    cancel: [],
    unchanged: 0,
    internal: 0,
    personal: 0,
    unmatched: [],
    basis: new Map(),
  };
  const change = (list: Meeting[], before: Meeting, after: Meeting) => {
    list.push(after);
    plan.basis.set(before.id, before.updatedAt);
  };
  const customerIds = new Set<string>();
  const unmatched = new Map<string, number>();
  const fresh: { occurrence: Occurrence; customerId: string }[] = [];

  for (const o of occurrences) {
    const m = existing.get(o.key);
    if (o.cancelled) {
      if (m && m.status === 'planned') change(plan.cancel, m, cancelled(m, now));
      continue;
    }
    if (m) {
      plan.matched++;
      customerIds.add(m.customerId);
      const row = movedOrRenamed(m, o, source, now);
      if (row) change(plan.update, m, row);
      else plan.unchanged++;
      continue;
    }
    const verdict = judge(o.people);
    if (verdict.kind === 'customer') {
      plan.matched++;
      customerIds.add(verdict.customerId);
      fresh.push({ occurrence: o, customerId: verdict.customerId });
    } else if (verdict.kind === 'internal') plan.internal++;
    else if (verdict.kind === 'personal') plan.personal++;
    else for (const d of verdict.domains) unmatched.set(d, (unmatched.get(d) ?? 0) + 1);
  }

  if (source.startsWith('feed:')) {
    // An occurrence of this feed in the window that the feed no longer has was cancelled there.
    const seen = new Set(keys);
    const mine = await db.meetings.where('calendarSource').equals(source).toArray();
    for (const m of mine) {
      const inWindow = m.startsAt >= window.from && m.startsAt < window.to;
      if (inWindow && m.status === 'planned' && m.calendarKey && !seen.has(m.calendarKey)) {
        change(plan.cancel, m, cancelled(m, now));
      }
    }
  }

  plan.create = await withAutoTemplates(db, fresh, source, now);
  plan.customers = customerIds.size;
  plan.unmatched = [...unmatched]
    .map(([domain, meetings]) => ({ domain, suggestedName: nameFromDomain(domain), meetings }))
    .sort((a, b) => b.meetings - a.meetings || a.domain.localeCompare(b.domain));
  return plan;
}

/**
 * New meetings' rows, each with the checklist Callprep would pick: Follow-up
 * when the customer has met before (a meeting here, or an earlier occurrence in
 * this calendar), Discovery otherwise.
 */
async function withAutoTemplates(
  db: CallprepDB,
  fresh: { occurrence: Occurrence; customerId: string }[],
  source: string,
  now: number,
): Promise<PlannedMeeting[]> {
  const ids = [...new Set(fresh.map((f) => f.customerId))];
  const firstMet = new Map<string, number>();
  const held = await db.meetings.where('customerId').anyOf(ids).toArray();
  for (const m of held) {
    if (m.status === 'cancelled') continue;
    firstMet.set(m.customerId, Math.min(firstMet.get(m.customerId) ?? Infinity, m.startsAt));
  }
  for (const { occurrence, customerId } of fresh) {
    firstMet.set(customerId, Math.min(firstMet.get(customerId) ?? Infinity, occurrence.startsAt));
  }
  return fresh.map(({ occurrence: o, customerId }) => ({
    autoTemplate: (firstMet.get(customerId) ?? Infinity) < o.startsAt ? 'follow-up' : 'discovery',
    meeting: meetingSchema.parse({
      id: newId(),
      customerId,
      title: o.title,
      startsAt: o.startsAt,
      endsAt: o.endsAt,
      calendarKey: o.key,
      calendarSource: source,
      ...(o.allDay ? { allDay: o.allDay } : {}),
      createdAt: now,
      updatedAt: now,
    }),
  }));
}
