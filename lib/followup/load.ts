import { meetings } from '../db/meetings';
import type { CallprepDB } from '../db/schema';
import type { FollowUpInput } from './draft';

/** Everything the follow-up of one meeting names, read by the customer's indexes. */
export async function loadFollowUpInput(
  db: CallprepDB,
  meetingId: string,
  now: number,
): Promise<FollowUpInput | null> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting) return null;
  const { customerId } = meeting;
  const [customer, contacts, goals, commitments, customerMeetings] = await Promise.all([
    db.customers.get(customerId),
    db.contacts.where('customerId').equals(customerId).toArray(),
    db.goals.where('customerId').equals(customerId).toArray(),
    db.commitments.where('customerId').equals(customerId).toArray(),
    db.meetings.where('customerId').equals(customerId).toArray(),
  ]);
  if (!customer) return null;
  // Ids are random: greet and address people in a stable order (first added, then by name).
  contacts.sort((a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name));
  return { customer, meeting, contacts, goals, commitments, meetings: customerMeetings, now };
}

/** The follow-up went out: a touch (lib/touch), and the editor says when. */
export async function markFollowUpSent(
  db: CallprepDB,
  meetingId: string,
  clock: () => number,
): Promise<void> {
  await meetings.update(db, meetingId, { followUpSentAt: clock() }, clock);
}

/** The addresses a follow-up goes to: the meeting's customer's contacts, each once. */
export function followUpRecipients(input: Pick<FollowUpInput, 'contacts'>): string[] {
  return [...new Set(input.contacts.flatMap((c) => c.emails.slice(0, 1)))];
}
