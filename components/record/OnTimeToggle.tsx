import { useState } from 'react';
import type { Meeting } from '@/lib/db/models';
import type { CallprepDB } from '@/lib/db/schema';

/**
 * One tap after a meeting: was I on time? A meeting is on time unless the
 * seller says it was late, so the default costs nothing.
 */
export function OnTimeToggle({
  db,
  meeting,
}: {
  db: CallprepDB;
  meeting: Pick<Meeting, 'id' | 'onTime'>;
}) {
  const [error, setError] = useState<string | null>(null);
  const late = meeting.onTime === false;
  async function mark(onTime: boolean) {
    try {
      // Not the seller's content edit: updatedAt stays, as for the readiness snapshot.
      await db.meetings.update(meeting.id, { onTime });
      setError(null);
    } catch (e) {
      setError(`Could not save: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return (
    <p className="on-time small">
      <span className="muted">{late ? 'You were late.' : 'You were on time.'}</span>{' '}
      <button
        type="button"
        className="link-button"
        aria-pressed={late}
        onClick={() => void mark(late)}
      >
        {late ? 'I was on time' : 'I was late'}
      </button>
      {error && (
        <span role="alert" className="alert-warn">
          {' '}
          {error}
        </span>
      )}
    </p>
  );
}
