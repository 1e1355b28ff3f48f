import { parseOrThrow } from './errors';
import {
  checklistItemSchema,
  meetingInput,
  meetingSchema,
  type ChecklistItem,
  type Meeting,
  type MeetingInput,
  type TemplateItem,
} from './models';
import { makeRepository, newId, systemClock, type Clock } from './repo';
import type { CallprepDB } from './schema';

export const meetings = makeRepository('Meeting', (db) => db.meetings, meetingInput, meetingSchema);

/**
 * Creates a meeting and its readiness checklist from a template's items, in one
 * transaction, so a meeting never exists half-prepared.
 */
export async function createMeetingWithChecklist(
  db: CallprepDB,
  input: MeetingInput,
  items: TemplateItem[],
  clock: Clock = systemClock,
): Promise<{ meeting: Meeting; items: ChecklistItem[] }> {
  const now = clock();
  const data = parseOrThrow('Meeting', meetingInput, input);
  const meeting = parseOrThrow('Meeting', meetingSchema, {
    ...data,
    id: newId(),
    createdAt: now,
    updatedAt: now,
  });
  const rows = items.map((item, order) =>
    parseOrThrow('Checklist item', checklistItemSchema, {
      ...item,
      id: newId(),
      meetingId: meeting.id,
      done: false,
      doneAt: null,
      order,
      createdAt: now,
      updatedAt: now,
    }),
  );
  await db.transaction('rw', db.meetings, db.checklistItems, async () => {
    await db.meetings.add(meeting);
    await db.checklistItems.bulkAdd(rows);
  });
  return { meeting, items: rows };
}

/** Deletes a meeting with its checklist; its notes and promises stay with the customer. */
export async function deleteMeeting(db: CallprepDB, meetingId: string): Promise<void> {
  await db.transaction('rw', db.meetings, db.checklistItems, db.notes, db.commitments, async () => {
    await db.checklistItems.where('meetingId').equals(meetingId).delete();
    await db.notes.where('meetingId').equals(meetingId).modify({ meetingId: null });
    await db.commitments.where('meetingId').equals(meetingId).modify({ meetingId: null });
    await db.meetings.delete(meetingId);
  });
}

/** Planned meetings starting in [from, to), soonest first. */
export async function listMeetingsBetween(
  db: CallprepDB,
  from: number,
  to: number,
): Promise<Meeting[]> {
  const rows = await db.meetings
    .where('startsAt')
    .between(from, to, true, false)
    .sortBy('startsAt');
  return rows.filter((m) => m.status === 'planned');
}

export async function listCustomerMeetings(db: CallprepDB, customerId: string): Promise<Meeting[]> {
  const rows = await db.meetings.where('customerId').equals(customerId).toArray();
  return rows.sort((a, b) => a.startsAt - b.startsAt);
}

/**
 * The meeting a call is about: one in progress or starting next (within the
 * grace period after its start, a meeting still counts as current).
 */
export function pickCurrentMeeting(
  rows: Meeting[],
  now: number,
  graceMs = 60 * 60 * 1000,
): Meeting | undefined {
  return rows
    .filter((m) => m.status === 'planned' && (m.endsAt ?? m.startsAt + graceMs) >= now)
    .sort((a, b) => a.startsAt - b.startsAt)[0];
}

/** Past meetings (done, or started before now and not current), newest first. */
export function pastMeetings(rows: Meeting[], now: number, current?: Meeting): Meeting[] {
  return rows
    .filter((m) => m.id !== current?.id && m.status !== 'cancelled' && m.startsAt < now)
    .sort((a, b) => b.startsAt - a.startsAt);
}

export async function findMeetingByExternalId(
  db: CallprepDB,
  externalId: string,
): Promise<Meeting | undefined> {
  return db.meetings.where('externalId').equals(externalId).first();
}
