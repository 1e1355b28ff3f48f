import type { Contact, Meeting, Note } from '../db/models';
import { isHeld } from './meetings';

const DAY = 24 * 60 * 60 * 1000;
export const THREAD_WINDOW_MS = 90 * DAY;

export type PersonAtAccount = {
  contact: Contact;
  /** the last held meeting they were in, or null */
  lastTouch: number | null;
};

export type PeopleAtAccount = {
  people: PersonAtAccount[];
  /** how many people were in any meeting in the last 90 days */
  inRecentMeetings: number;
  /** only one person at the account in the last 90 days' meetings */
  singleThreaded: boolean;
};

/**
 * Who at the account the seller actually meets. Meetings do not store their
 * attendees, so a contact counts as in a meeting when the meeting's agenda,
 * summary or notes name them (their full name or one of their emails), which
 * is how the seller writes them down.
 */
export function peopleAtAccount(
  contacts: readonly Contact[],
  meetings: readonly Pick<Meeting, 'id' | 'startsAt' | 'status' | 'agenda' | 'summary'>[],
  notes: readonly Pick<Note, 'meetingId' | 'body'>[],
  now: number,
): PeopleAtAccount {
  const text = new Map<string, string>();
  for (const m of meetings) if (isHeld(m, now)) text.set(m.id, `${m.agenda}\n${m.summary}`);
  for (const n of notes) {
    if (n.meetingId !== null && text.has(n.meetingId))
      text.set(n.meetingId, `${text.get(n.meetingId)}\n${n.body}`);
  }
  const lower = new Map([...text].map(([id, t]) => [id, t.toLowerCase()]));
  const startOf = new Map(meetings.map((m) => [m.id, m.startsAt]));
  const people = contacts.map((contact) => {
    const needles = [contact.name.toLowerCase(), ...contact.emails];
    let lastTouch: number | null = null;
    for (const [id, t] of lower) {
      if (!needles.some((n) => n && t.includes(n))) continue;
      const at = startOf.get(id)!;
      if (lastTouch === null || at > lastTouch) lastTouch = at;
    }
    return { contact, lastTouch };
  });
  const inRecentMeetings = people.filter(
    (p) => p.lastTouch !== null && p.lastTouch >= now - THREAD_WINDOW_MS,
  ).length;
  return { people, inRecentMeetings, singleThreaded: inRecentMeetings === 1 };
}
