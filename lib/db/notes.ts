import { noteInput, noteSchema, type Note } from './models';
import { makeRepository } from './repo';
import type { CallprepDB } from './schema';

export const notes = makeRepository('Note', (db) => db.notes, noteInput, noteSchema);

/** A customer's notes, newest first. */
export async function listNotes(db: CallprepDB, customerId: string): Promise<Note[]> {
  const rows = await db.notes.where('customerId').equals(customerId).toArray();
  return rows.sort((a, b) => b.createdAt - a.createdAt);
}

export async function listMeetingNotes(db: CallprepDB, meetingId: string): Promise<Note[]> {
  const rows = await db.notes.where('meetingId').equals(meetingId).toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt);
}
