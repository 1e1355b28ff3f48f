import { parseOrThrow } from '../db/errors';
import { noteSchema, type Note, type NoteInput } from '../db/models';
import { systemClock, type Clock } from '../db/repo';
import type { CallprepDB } from '../db/schema';

/**
 * Writes the live note `id` (chosen before its first keystroke was kept):
 * creates it the first time, changes its body after, and creates it again under
 * the same id if it was deleted meanwhile. Writing the same draft twice (a page
 * that died before it could forget it) leaves one note, never two.
 */
export async function writeNote(
  db: CallprepDB,
  id: string,
  input: Pick<NoteInput, 'customerId' | 'meetingId' | 'body'>,
  clock: Clock = systemClock,
): Promise<Note> {
  return db.transaction('rw', db.notes, async () => {
    const current = await db.notes.get(id);
    const now = clock();
    const row = parseOrThrow('Note', noteSchema, {
      ...(current ?? { ...input, createdAt: now }),
      body: input.body,
      id,
      updatedAt: current ? Math.max(now, current.updatedAt + 1) : now,
    });
    await db.notes.put(row);
    return row;
  });
}
