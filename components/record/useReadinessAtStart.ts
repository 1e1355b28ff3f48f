import { useEffect } from 'react';
import type { Meeting } from '@/lib/db/models';
import type { CallprepDB } from '@/lib/db/schema';
import { recordReadinessAtStart } from '@/lib/record/record-at-start';
import { wantsSnapshot } from '@/lib/record/snapshot';

/**
 * The side panel showing a meeting after its start records its readiness then,
 * once (the background does so at the start time too; whichever is first wins).
 */
export function useReadinessAtStart(db: CallprepDB, meeting: Meeting | undefined, now: number) {
  const due = meeting !== undefined && wantsSnapshot(meeting, now);
  useEffect(() => {
    if (!due || !meeting) return;
    recordReadinessAtStart(db, meeting, now).catch((e) =>
      console.error('Callprep: could not record readiness at the start', e),
    );
    // Once per meeting becoming due, not on every tick of the clock.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, meeting?.id, due]);
}
