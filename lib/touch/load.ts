import type { Customer } from '../db/models';
import type { CallprepDB } from '../db/schema';
import { getSettings } from '../db/settings';
import { intervalOf, keepInTouchOf, type KeepInTouch } from './keep-in-touch';
import { lastTouchOf } from './last-touch';

/** One customer's keep-in-touch state, read by the customer's own indexes. */
export async function loadKeepInTouch(
  db: CallprepDB,
  customer: Pick<Customer, 'id' | 'createdAt' | 'keepInTouchDays'>,
  now: number,
): Promise<KeepInTouch> {
  const mine = { customerId: customer.id };
  const [settings, meetings, notes, news, commitments] = await Promise.all([
    getSettings(db),
    db.meetings.where(mine).toArray(),
    db.notes.where(mine).toArray(),
    db.news.where(mine).toArray(),
    db.commitments.where(mine).toArray(),
  ]);
  const touch = lastTouchOf(customer.id, { meetings, notes, news, commitments }, now);
  return keepInTouchOf(customer, touch, intervalOf(customer, settings), now);
}
