import {
  commitmentSchema,
  goalSchema,
  newsSchema,
  noteSchema,
  type Commitment,
  type Goal,
  type News,
  type Note,
} from '@/lib/db/models';
import type { ReadinessContext } from '@/lib/readiness/rules';
import { makeMeeting } from './fixtures';
import { HOUR, utc } from '../clock';
export { DAY, HOUR } from '../clock';

/** Rows and contexts for the rule tests in tests/unit/readiness/rules/. */

export const NOW = utc(2026, 11, 23, 9);
const t = { createdAt: 0, updatedAt: 0 };

export const goal = (status: Goal['status'], extra: Partial<Goal> = {}): Goal =>
  goalSchema.parse({
    id: `g-${Math.random()}`,
    customerId: 'c1',
    statement: 'Cut onboarding',
    status,
    ...t,
    ...extra,
  });
export const promise = (p: Partial<Commitment> & { text: string }): Commitment =>
  commitmentSchema.parse({ id: `p-${Math.random()}`, customerId: 'c1', owner: 'us', ...t, ...p });
export const newsItem = (sharedAt: number | null): News =>
  newsSchema.parse({
    id: `n-${Math.random()}`,
    customerId: 'c1',
    text: 'Offline mode',
    sharedAt,
    ...t,
  });
export const note = (meetingId: string, body: string): Note =>
  noteSchema.parse({ id: `note-${Math.random()}`, customerId: 'c1', meetingId, body, ...t });

export function ctx(patch: Partial<ReadinessContext> = {}): ReadinessContext {
  return {
    meeting: makeMeeting({ startsAt: NOW + 2 * HOUR }),
    now: NOW,
    goals: [],
    commitments: [],
    news: [],
    previousMeeting: null,
    previousNotes: [],
    ...patch,
  };
}
