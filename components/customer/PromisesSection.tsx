import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { usePanelEnv } from '@/components/panel/PanelEnv';
import {
  completeCommitment,
  isOverdue,
  listCommitments,
  reopenCommitment,
} from '@/lib/db/commitments';
import type { Commitment } from '@/lib/db/models';
import { overdueBy, relativeDay } from '@/lib/format/dates';
import { PromiseForm } from './PromiseForm';
import { Section } from './Section';

/** Promises both ways, with due dates: ours first. Add, mark done, reopen. */
export function PromisesSection({
  customerId,
  meetingId,
  now,
}: {
  customerId: string;
  meetingId: string | null;
  now: number;
}) {
  const { db, now: clock } = usePanelEnv();
  const rows = useLiveQuery(() => listCommitments(db, customerId), [db, customerId]);
  const [error, setError] = useState<string | null>(null);

  async function setDone(c: Commitment, done: boolean) {
    try {
      if (done) await completeCommitment(db, c.id, clock);
      else await reopenCommitment(db, c.id, clock);
      setError(null);
    } catch (e) {
      setError(`Could not save: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  const live = (rows ?? []).filter((c) => c.status !== 'dropped');
  const groups = [
    { owner: 'us' as const, title: 'We promised', rows: live.filter((c) => c.owner === 'us') },
    {
      owner: 'them' as const,
      title: 'They promised',
      rows: live.filter((c) => c.owner === 'them'),
    },
  ];
  const open = live.filter((c) => c.status === 'open').length;

  return (
    <Section id="commitments" title="Promises" count={open}>
      {rows === undefined ? (
        <p className="muted">Loading promises…</p>
      ) : (
        <div className="stack">
          {live.length === 0 && (
            <p className="empty">No promises yet. Write down what either side says they will do.</p>
          )}
          {groups.map(
            (g) =>
              g.rows.length > 0 && (
                <div key={g.owner} className="promise-group">
                  <h3>{g.title}</h3>
                  <ul className="promise-list">
                    {g.rows.map((c) => {
                      const late = isOverdue(c, now);
                      const done = c.status === 'done';
                      return (
                        <li
                          key={c.id}
                          className={`promise ${done ? 'is-done' : ''} ${late ? 'is-overdue' : ''} ${late && c.owner === 'us' ? 'is-ours-overdue' : ''}`}
                        >
                          <span className="promise-text">{c.text}</span>
                          <span className={`promise-due small ${late ? 'text-danger' : 'muted'}`}>
                            {done
                              ? 'done'
                              : c.dueAt === null
                                ? 'no date'
                                : late
                                  ? overdueBy(c.dueAt, now)
                                  : `due ${relativeDay(c.dueAt, now)}`}
                          </span>
                          <button
                            type="button"
                            className="promise-toggle"
                            aria-label={`${done ? 'Reopen' : 'Mark done'}: ${c.text}`}
                            onClick={() => void setDone(c, !done)}
                          >
                            {done ? 'Reopen' : 'Done'}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              ),
          )}
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <PromiseForm customerId={customerId} meetingId={meetingId} />
        </div>
      )}
    </Section>
  );
}
