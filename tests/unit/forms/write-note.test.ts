import { describe, expect, it } from 'vitest';
import { writeNote } from '@/lib/forms/write-note';
import { freshDb } from '../db/helpers';

describe('writeNote', () => {
  it('writes one draft to one note however often it is replayed', async () => {
    const db = freshDb();
    const id = crypto.randomUUID();
    const input = { customerId: crypto.randomUUID(), meetingId: null, body: 'Budget signed off' };
    await writeNote(db, id, input, () => 1_000);
    await writeNote(db, id, input, () => 2_000);
    await writeNote(db, id, { ...input, body: 'Budget signed off, Q1' }, () => 2_000);
    const rows = await db.notes.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id, body: 'Budget signed off, Q1', createdAt: 1_000 });
    expect(rows[0]!.updatedAt).toBeGreaterThan(2_000);
  });

  it('creates the note again under its id when it was deleted meanwhile', async () => {
    const db = freshDb();
    const id = crypto.randomUUID();
    const input = { customerId: crypto.randomUUID(), meetingId: null, body: 'Kept' };
    await writeNote(db, id, input, () => 1_000);
    await db.notes.delete(id);
    await writeNote(db, id, input, () => 3_000);
    expect(await db.notes.get(id)).toMatchObject({ body: 'Kept', createdAt: 3_000 });
  });
});
