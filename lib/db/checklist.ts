import { checklistItemInput, checklistItemSchema, type ChecklistItem } from './models';
import { makeRepository, systemClock, type Clock } from './repo';
import type { CallprepDB } from './schema';

export const checklistItems = makeRepository(
  'Checklist item',
  (db) => db.checklistItems,
  checklistItemInput,
  checklistItemSchema,
);

export async function listChecklist(db: CallprepDB, meetingId: string): Promise<ChecklistItem[]> {
  const rows = await db.checklistItems.where('meetingId').equals(meetingId).toArray();
  return rows.sort((a, b) => a.order - b.order);
}

export async function setItemDone(
  db: CallprepDB,
  id: string,
  done: boolean,
  clock: Clock = systemClock,
) {
  return checklistItems.update(db, id, { done, doneAt: done ? clock() : null }, clock);
}
