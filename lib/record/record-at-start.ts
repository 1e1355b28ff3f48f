import type { Meeting } from '../db/models';
import type { CallprepDB } from '../db/schema';
import { readinessOf } from '../readiness/load';
import { snapshotOf, SNAPSHOT_LATEST_MS, wantsSnapshot } from './snapshot';

/**
 * Records a started meeting's readiness once: the side panel calls it when it
 * shows the meeting after its start, the background at the start time. The
 * write re-checks inside a transaction, so the panel and the worker racing
 * still write one snapshot, the first.
 */
export async function recordReadinessAtStart(
  db: CallprepDB,
  meeting: Meeting,
  now: number,
): Promise<boolean> {
  if (!wantsSnapshot(meeting, now)) return false;
  const { readiness } = await readinessOf(db, meeting, now);
  const snapshot = snapshotOf(readiness, now);
  return db.transaction('rw', db.meetings, async () => {
    const current = await db.meetings.get(meeting.id);
    if (!current || !wantsSnapshot(current, now)) return false;
    // updatedAt stays: a snapshot is not the seller's edit, and forms compare it.
    await db.meetings.update(meeting.id, { readinessAtStart: snapshot });
    return true;
  });
}

/** Every meeting that started in the last hour without a snapshot gets one (one indexed read). */
export async function recordStartedMeetings(db: CallprepDB, now: number): Promise<number> {
  const started = await db.meetings
    .where('startsAt')
    .between(now - SNAPSHOT_LATEST_MS, now, true, true)
    .filter((m) => wantsSnapshot(m, now))
    .toArray();
  let recorded = 0;
  for (const m of started) if (await recordReadinessAtStart(db, m, now)) recorded++;
  return recorded;
}
