import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { completeCommitment, isOverdue, listCommitments } from '@/lib/db/commitments';
import { overdueBy } from '@/lib/format/dates';
import { usePanelEnv } from './PanelEnv';

/**
 * Our overdue promises to this customer: the loudest thing on the panel, at the
 * very top, in the danger colour, announced as an alert. Mark done in place.
 */
export function OverdueBanner({ customerId, now }: { customerId: string; now: number }) {
  const { db, now: clock } = usePanelEnv();
  const rows = useLiveQuery(() => listCommitments(db, customerId), [db, customerId]);
  const [error, setError] = useState<string | null>(null);
  const overdue = (rows ?? [])
    .filter((c) => c.owner === 'us' && isOverdue(c, now))
    .sort((a, b) => a.dueAt! - b.dueAt!);
  if (overdue.length === 0) return null;

  return (
    <div className="overdue-banner" role="alert" aria-labelledby="overdue-title">
      <p id="overdue-title" className="overdue-title">
        <span aria-hidden="true">⚠ </span>
        {overdue.length === 1
          ? 'A promise of ours is overdue'
          : `${overdue.length} promises of ours are overdue`}
      </p>
      <ul className="overdue-list">
        {overdue.map((c) => (
          <li key={c.id} className="overdue-item">
            <span className="overdue-text">
              {c.text} <span className="overdue-when">({overdueBy(c.dueAt!, now)})</span>
            </span>
            <button
              type="button"
              className="overdue-done"
              aria-label={`Mark done: ${c.text}`}
              onClick={() =>
                void completeCommitment(db, c.id, clock).catch((e) =>
                  setError(`Could not mark it done: ${e instanceof Error ? e.message : e}`),
                )
              }
            >
              Mark done
            </button>
          </li>
        ))}
      </ul>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
