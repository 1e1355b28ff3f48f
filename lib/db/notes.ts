import { foldText } from '../match/normalize';
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

export type NoteHit = { note: Note; customerName: string; meetingTitle: string | null };

/**
 * Every note containing all the words typed (case and accents ignored), newest
 * first, with its customer and meeting: the workspace's one search box. A scan,
 * newest first, that stops at `limit` hits: notes have no word index, and a
 * seller's years of notes are read in milliseconds.
 */
export async function searchNotes(db: CallprepDB, query: string, limit = 50): Promise<NoteHit[]> {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const found = await db.notes
    .orderBy('createdAt')
    .reverse()
    .filter((n) => {
      const body = foldText(n.body);
      return words.every((w) => body.includes(w));
    })
    .limit(limit)
    .toArray();
  const customerIds = [...new Set(found.map((n) => n.customerId))];
  const meetingIds = [...new Set(found.flatMap((n) => (n.meetingId ? [n.meetingId] : [])))];
  const [customers, meetings] = await Promise.all([
    db.customers.bulkGet(customerIds),
    db.meetings.bulkGet(meetingIds),
  ]);
  const customerName = new Map(customers.flatMap((c) => (c ? [[c.id, c.name]] : [])));
  const meetingTitle = new Map(meetings.flatMap((m) => (m ? [[m.id, m.title]] : [])));
  return found.map((note) => ({
    note,
    customerName: customerName.get(note.customerId) ?? 'Deleted customer',
    meetingTitle: (note.meetingId && meetingTitle.get(note.meetingId)) || null,
  }));
}
