import type { Commitment, Referral } from '../db/models';
import { shortDate } from '../format/dates';
import type { PromiseFacts } from './promises';
import { promiseOutcome } from './promises';
import type { GoalFacts } from './goals';

/** What came of a referral: a meeting, a customer, nothing yet, or (for an ask) their answer. */
export type ReferralFacts = Pick<Referral, 'kind' | 'at' | 'outcome'>;

export type ReferralsRecord = {
  received: number;
  /** received referrals that led to a meeting or became a customer */
  receivedMeetings: number;
  receivedCustomers: number;
  introductions: number;
  asks: number;
  /** asks still waiting for an answer */
  asksUnanswered: number;
};

export function referralsRecord(rows: readonly ReferralFacts[]): ReferralsRecord {
  const r: ReferralsRecord = {
    received: 0,
    receivedMeetings: 0,
    receivedCustomers: 0,
    introductions: 0,
    asks: 0,
    asksUnanswered: 0,
  };
  for (const x of rows) {
    if (x.kind === 'received') {
      r.received++;
      if (x.outcome === 'meeting') r.receivedMeetings++;
      if (x.outcome === 'customer') r.receivedCustomers++;
    } else if (x.kind === 'introduction') r.introductions++;
    else {
      r.asks++;
      if (x.outcome === '' || x.outcome === 'nothing-yet') r.asksUnanswered++;
    }
  }
  return r;
}

export type AskSuggestion =
  { suggest: true; because: string } | { suggest: false; because: string };

/**
 * Asking for a referral is earned: only after value was delivered since the
 * last ask (a goal of theirs achieved, or a promise of ours kept on time), never
 * at every meeting.
 */
export function suggestAsking(input: {
  referrals: readonly ReferralFacts[];
  goals: readonly (GoalFacts & { statement: string; updatedAt: number })[];
  promises: readonly PromiseFacts[];
  now: number;
}): AskSuggestion {
  const lastAsk = input.referrals
    .filter((r) => r.kind === 'ask')
    .reduce((latest, r) => Math.max(latest, r.at), Number.NEGATIVE_INFINITY);
  const goal = input.goals.find((g) => g.status === 'achieved' && g.updatedAt > lastAsk);
  if (goal) return { suggest: true, because: `“${goal.statement}” was achieved` };
  const kept = input.promises.find((c) => {
    if (c.owner !== 'us' || c.status !== 'done' || c.doneAt === null || c.doneAt <= lastAsk)
      return false;
    const o = promiseOutcome(c, input.now);
    return o.kind === 'on-time' || o.kind === 'early';
  });
  if (kept) return { suggest: true, because: `you kept your promise “${kept.text}”` };
  return {
    suggest: false,
    because: Number.isFinite(lastAsk)
      ? 'nothing delivered since the last ask'
      : 'no goal achieved or promise kept yet',
  };
}

/** The promise a received referral creates: the seller thanks whoever made the introduction. */
export function thankYouPromiseText(customerName: string, personName: string): string {
  return `Thank ${customerName} for the introduction to ${personName}`;
}

/** Whom a referral names, in the words its thank-you promise uses. */
export const referredPersonWords = (r: Pick<Referral, 'personName' | 'personEmail'>): string =>
  r.personName || r.personEmail || 'them';

/**
 * The thank-you promise a received referral made, found by its words (the
 * promise carries no link to its referral); undefined when it was deleted or
 * the customer renamed since.
 */
export function thankYouPromiseOf<P extends Pick<Commitment, 'text' | 'owner'>>(
  r: Pick<Referral, 'kind' | 'personName' | 'personEmail'>,
  customerName: string,
  promises: readonly P[],
): P | undefined {
  if (r.kind !== 'received') return undefined;
  const text = thankYouPromiseText(customerName, referredPersonWords(r));
  return promises.find((p) => p.owner === 'us' && p.text === text);
}

/**
 * What the referred person became, for the ledger: "sent: Oliver Grant (now a
 * customer: Tandem Retail)" or "(now a contact at Acme)"; null while they are
 * neither. `names` holds customer names by id.
 */
export function referredBecameWords(
  r: Pick<Referral, 'personName' | 'personEmail' | 'referredCustomerId' | 'referredContactId'>,
  names: ReadonlyMap<string, string>,
  contactCustomerId: string | undefined,
): string | null {
  const who = r.personName || r.personEmail;
  const customer = r.referredCustomerId && names.get(r.referredCustomerId);
  if (customer) return `sent: ${who} (now a customer: ${customer})`;
  const account = contactCustomerId && names.get(contactCustomerId);
  if (account) return `sent: ${who} (now a contact at ${account})`;
  return null;
}

/** "thanked Tue 20 Oct", "thank-you due Fri 4 Dec"; null when the thank-you was dropped. */
export function thankYouWords(
  p: Pick<Commitment, 'status' | 'doneAt' | 'dueAt'>,
  now: number,
): string | null {
  if (p.status === 'done') return `thanked ${shortDate(p.doneAt ?? now, now)}`;
  if (p.status === 'dropped') return null;
  return p.dueAt === null ? 'thank-you not sent yet' : `thank-you due ${shortDate(p.dueAt, now)}`;
}
