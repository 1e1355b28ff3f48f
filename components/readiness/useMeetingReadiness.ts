/**
 * useMeetingReadiness(db, meetingId) — live readiness of one meeting for React.
 *
 * Returns `undefined` while loading, `null` when the meeting does not exist,
 * else `{ meeting, items, rules, readiness }`: `items` for <Checklist items>,
 * `rules` for <Checklist rules>, `readiness` (percent, ready, firstOpenRequired…)
 * for <ReadinessMeter>. Re-renders on any change to the meeting, its checklist,
 * or the customer's goals, promises, news and notes (Dexie liveQuery), and once
 * a minute so "overdue" turns on time.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';

import type { CallprepDB } from '@/lib/db/schema';
import { loadMeetingReadiness, type MeetingReadiness } from '@/lib/readiness/load';

export type { MeetingReadiness };

/** The current time, updated every `everyMs` (default one minute). */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(t);
  }, [everyMs]);
  return now;
}

export function useMeetingReadiness(
  db: CallprepDB,
  meetingId: string | null | undefined,
  now?: number,
): MeetingReadiness | null | undefined {
  const ticking = useNow();
  const at = now ?? ticking;
  return useLiveQuery(
    async () => (meetingId ? ((await loadMeetingReadiness(db, meetingId, at)) ?? null) : null),
    [db, meetingId, at],
  );
}
