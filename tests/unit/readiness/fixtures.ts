import {
  checklistItemSchema,
  meetingSchema,
  type ChecklistItem,
  type Meeting,
} from '@/lib/db/models';

let n = 0;
export function makeItem(patch: Partial<ChecklistItem> & { text?: string } = {}): ChecklistItem {
  n += 1;
  return checklistItemSchema.parse({
    id: `item-${n}`,
    meetingId: 'm1',
    text: `Item ${n}`,
    section: '',
    order: n,
    createdAt: 0,
    updatedAt: 0,
    ...patch,
  });
}

export function makeMeeting(patch: Partial<Meeting> = {}): Meeting {
  return meetingSchema.parse({
    id: 'm1',
    customerId: 'c1',
    title: 'Check-in',
    startsAt: 1_000_000_000_000,
    createdAt: 0,
    updatedAt: 0,
    ...patch,
  });
}
