import { useId, useState } from 'react';
import { meetings } from '@/lib/db/meetings';
import type { CallprepDB } from '@/lib/db/schema';
import { describeSaveError } from '@/lib/io/errors';
import './followup.css';

/**
 * The meeting's summary, its outcome in a line or two, written at the end of
 * the call: saved when the field is left or on Save, and shown in History.
 */
export function MeetingSummary({
  db,
  meeting,
  clock,
}: {
  db: CallprepDB;
  meeting: { id: string; summary: string };
  clock: () => number;
}) {
  const id = useId();
  const [text, setText] = useState(meeting.summary);
  const [state, setState] = useState<'idle' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);

  async function save() {
    if (text.trim() === meeting.summary.trim()) return;
    try {
      await meetings.update(db, meeting.id, { summary: text }, clock);
      setState('saved');
      setError(null);
    } catch (e) {
      setError(describeSaveError(e));
    }
  }

  return (
    <div className="meeting-summary stack">
      <label htmlFor={`${id}-summary`} className="small-heading">
        Summary and outcome
      </label>
      <textarea
        id={`${id}-summary`}
        rows={3}
        value={text}
        placeholder="At the end of the call: what was decided, what happens next."
        onChange={(e) => (setText(e.target.value), setState('idle'))}
        onBlur={() => void save()}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <div className="row">
        <button type="button" onClick={() => void save()}>
          Save summary
        </button>
        <span role="status" className="muted small">
          {state === 'saved' ? 'Saved' : ''}
        </span>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
