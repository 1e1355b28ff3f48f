import type { Commitment, Goal, Meeting, News, Note } from '../db/models';
import type { CallprepDB } from '../db/schema';

/** Everything the rules read about one meeting, loaded in one go. */
export type ReadinessContext = {
  meeting: Meeting;
  now: number;
  goals: Goal[];
  /** all of the customer's commitments (ours and theirs) */
  commitments: Commitment[];
  news: News[];
  /** the latest non-cancelled meeting with this customer that started before this one */
  previousMeeting: Meeting | null;
  /** notes written for previousMeeting */
  previousNotes: Note[];
};

/** The part of the context each readable table fills in (the meeting and the time are always there). */
type FilledBy = {
  goals: 'goals';
  commitments: 'commitments';
  news: 'news';
  meetings: 'previousMeeting';
  notes: 'previousNotes';
};

/** A Dexie table a rule may read; a rule declares its tables in `reads`. */
export type ReadTable = keyof FilledBy;

/** What a rule that reads `T` sees: reading a table it did not declare does not compile. */
export type ContextFor<T extends ReadTable> = Pick<
  ReadinessContext,
  'meeting' | 'now' | FilledBy[T]
>;

/**
 * Loads the context for a meeting, reading only `tables`. Each table is read
 * once, whoever asks for it: the meetings (for the previous meeting) serve both
 * `meetings` and `notes`, as one query, then the notes of that meeting.
 */
export async function loadContextFor(
  tables: Iterable<ReadTable>,
  db: CallprepDB,
  meeting: Meeting,
  now: number,
): Promise<ReadinessContext> {
  const customerId = meeting.customerId;
  let previous: Promise<Meeting | null> | undefined;
  const previousMeeting = () =>
    (previous ??= db.meetings
      .where('customerId')
      .equals(customerId)
      .toArray()
      .then((meetings) => findPreviousMeeting(meetings, meeting)));

  const load: { [T in ReadTable]: () => Promise<Pick<ReadinessContext, FilledBy[T]>> } = {
    goals: async () => ({ goals: await db.goals.where('customerId').equals(customerId).toArray() }),
    commitments: async () => ({
      commitments: await db.commitments.where('customerId').equals(customerId).toArray(),
    }),
    news: async () => ({ news: await db.news.where('customerId').equals(customerId).toArray() }),
    meetings: async () => ({ previousMeeting: await previousMeeting() }),
    notes: async () => {
      const prev = await previousMeeting();
      return {
        previousNotes: prev ? await db.notes.where('meetingId').equals(prev.id).toArray() : [],
      };
    },
  };

  const parts = await Promise.all([...new Set(tables)].map((table) => load[table]()));
  const ctx: ReadinessContext = {
    meeting,
    now,
    goals: [],
    commitments: [],
    news: [],
    previousMeeting: null,
    previousNotes: [],
  };
  for (const part of parts) Object.assign(ctx, part);
  return ctx;
}

export function findPreviousMeeting(meetings: Meeting[], meeting: Meeting): Meeting | null {
  let best: Meeting | null = null;
  for (const m of meetings) {
    if (m.id === meeting.id || m.status === 'cancelled' || m.startsAt >= meeting.startsAt) continue;
    if (!best || m.startsAt > best.startsAt) best = m;
  }
  return best;
}
