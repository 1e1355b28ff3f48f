import type { Commitment, Meeting, News, Note } from '../db/models';

/**
 * Last touch: the latest moment Callprep knows the seller was in contact with a
 * customer. Counted from what happened, never from a fixed timer: a meeting held,
 * a note written, news marked shared, a promise of ours kept, a follow-up sent.
 */
export type TouchKind = 'meeting' | 'note' | 'news' | 'promise' | 'follow-up';
export type Touch = { at: number; kind: TouchKind };

/** The rows touches are read from; any customer's rows, in any order. */
export type TouchSources = {
  meetings: readonly Pick<Meeting, 'customerId' | 'startsAt' | 'status' | 'followUpSentAt'>[];
  notes: readonly Pick<Note, 'customerId' | 'createdAt' | 'body'>[];
  news: readonly Pick<News, 'customerId' | 'sharedAt'>[];
  commitments: readonly Pick<Commitment, 'customerId' | 'owner' | 'status' | 'doneAt'>[];
};

type Found = { customerId: string; touch: Touch };

/** Every touch in the rows up to `now` (a planned meeting tomorrow is no touch yet). */
function* touchesIn(sources: TouchSources, now: number): Generator<Found> {
  for (const m of sources.meetings) {
    if (m.status === 'cancelled') continue;
    // A meeting whose start has passed was held: the app never asks to mark it done.
    if (m.startsAt <= now)
      yield { customerId: m.customerId, touch: { at: m.startsAt, kind: 'meeting' } };
    if (m.followUpSentAt != null && m.followUpSentAt <= now) {
      yield { customerId: m.customerId, touch: { at: m.followUpSentAt, kind: 'follow-up' } };
    }
  }
  for (const n of sources.notes) {
    // The note box saves as the seller types: an emptied note is no contact.
    if (n.createdAt <= now && n.body.trim() !== '') {
      yield { customerId: n.customerId, touch: { at: n.createdAt, kind: 'note' } };
    }
  }
  for (const n of sources.news) {
    if (n.sharedAt !== null && n.sharedAt <= now) {
      yield { customerId: n.customerId, touch: { at: n.sharedAt, kind: 'news' } };
    }
  }
  for (const c of sources.commitments) {
    if (c.owner === 'us' && c.status === 'done' && c.doneAt !== null && c.doneAt <= now) {
      yield { customerId: c.customerId, touch: { at: c.doneAt, kind: 'promise' } };
    }
  }
}

/** The latest touch of each customer that has one, in one pass over the rows. */
export function lastTouchByCustomer(sources: TouchSources, now: number): Map<string, Touch> {
  const latest = new Map<string, Touch>();
  for (const { customerId, touch } of touchesIn(sources, now)) {
    const seen = latest.get(customerId);
    if (!seen || touch.at > seen.at) latest.set(customerId, touch);
  }
  return latest;
}

/** One customer's last touch, or null when nothing ever happened with them. */
export function lastTouchOf(customerId: string, sources: TouchSources, now: number): Touch | null {
  return lastTouchByCustomer(sources, now).get(customerId) ?? null;
}
