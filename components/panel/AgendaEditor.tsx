import { useEffect, useId, useRef, useState } from 'react';
import { meetings } from '@/lib/db/meetings';
import type { Meeting } from '@/lib/db/models';
import { formErrorsFrom } from '@/lib/panel/form-errors';
import { FieldError } from './FieldError';
import { usePanelEnv } from './PanelEnv';

/**
 * The meeting's agenda, saved as you type (after a pause, on blur and when the
 * editor goes away). A change made elsewhere shows here unless you are mid-edit.
 */
export function AgendaEditor({ meeting }: { meeting: Meeting }) {
  const { db, now } = usePanelEnv();
  const id = useId();
  const [draft, setDraft] = useState(meeting.agenda);
  const [error, setError] = useState<string | undefined>();
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const saved = useRef(meeting.agenda);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Someone else changed the agenda (popup, workspace): follow it unless we hold an edit.
  useEffect(() => {
    if (pending.current === null && meeting.agenda !== saved.current) {
      saved.current = meeting.agenda;
      setDraft(meeting.agenda);
    }
  }, [meeting.agenda]);

  async function flush() {
    clearTimeout(timer.current);
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    if (value === saved.current) return;
    setState('saving');
    try {
      await meetings.update(db, meeting.id, { agenda: value }, now);
      saved.current = value;
      setError(undefined);
      setState('saved');
    } catch (e) {
      if (pending.current === null) pending.current = value;
      setError(formErrorsFrom(e, { agenda: 'Agenda' }).fields.agenda ?? String(e));
      setState('idle');
    }
  }

  const flushRef = useRef(flush);
  flushRef.current = flush;
  useEffect(() => () => void flushRef.current(), []);

  return (
    <div className="field agenda" id="panel-agenda">
      <div className="label-row">
        <label htmlFor={`${id}-agenda`}>Agenda</label>
        <span className="muted small" aria-live="polite">
          {state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : ''}
        </span>
      </div>
      <textarea
        id={`${id}-agenda`}
        rows={3}
        value={draft}
        placeholder="1. What they want to get out of this call&#10;2. …"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-agenda-error` : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          setState('idle');
          pending.current = e.target.value;
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void flushRef.current(), 600);
        }}
        onBlur={() => void flush()}
      />
      <FieldError id={`${id}-agenda-error`} message={error} />
    </div>
  );
}
