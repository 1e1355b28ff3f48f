import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { FieldError } from '@/components/customer/FieldError';
import { meetings } from '@/lib/db/meetings';
import type { Meeting } from '@/lib/db/models';
import { formErrorsFrom } from '@/lib/forms/form-errors';
import {
  createNoteAutosaver,
  flushWhenHidden,
  pageDraftStorage,
  readDraft,
  writeDraft,
  type NoteAutosaver,
} from '@/lib/forms/note-autosave';
import { agendaDraftKey } from '@/lib/session/keys';
import { usePanelEnv } from './PanelEnv';

/**
 * The meeting's agenda, saved as you type with the live notes' mechanism
 * (lib/forms/note-autosave.ts): after a pause, on blur, and at once when the
 * panel is hidden, closed or the editor goes away; every keystroke is also kept
 * in a synchronous localStorage draft that the next open writes if the page died
 * first. A change made elsewhere shows here unless you are mid-edit.
 */
export function AgendaEditor({
  meeting,
  debounceMs = 600,
}: {
  meeting: Meeting;
  debounceMs?: number;
}) {
  const { db, now } = usePanelEnv();
  const id = useId();
  const meetingId = meeting.id;
  const key = agendaDraftKey(meetingId);
  const [error, setError] = useState<string | undefined>();
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [draft, setDraft] = useState(meeting.agenda);
  const saved = useRef(meeting.agenda);
  // Typed here and not yet confirmed written (pending or in flight): outside changes wait.
  const unsaved = useRef<string | null>(null);
  const agendaNow = useRef(meeting.agenda);
  agendaNow.current = meeting.agenda;

  const { saver, leftover } = useMemo(() => {
    // What an earlier panel left unsaved (it closed before the database had it).
    const left = readDraft(pageDraftStorage(), key);
    const saver: NoteAutosaver = createNoteAutosaver({
      delayMs: debounceMs,
      async save(_id, body) {
        if (body !== saved.current) {
          setState('saving');
          await meetings.update(db, meetingId, { agenda: body }, now);
          saved.current = body;
        }
        return meetingId;
      },
      onSaved(_id, body) {
        setError(undefined);
        setState('saved');
        if (unsaved.current === body) unsaved.current = null;
        if (!saver.hasPending) writeDraft(pageDraftStorage(), key, null);
      },
      onError(e) {
        setError(formErrorsFrom(e, { agenda: 'Agenda' }).fields.agenda ?? String(e));
        setState('idle');
      },
    });
    return { saver, leftover: left && left.body !== agendaNow.current ? left.body : null };
  }, [db, now, meetingId, key, debounceMs]);

  // Never lose a keystroke: write what was left, and at once when hidden, closed or unmounted.
  useEffect(() => {
    saved.current = agendaNow.current;
    if (leftover !== null) {
      setDraft(leftover);
      unsaved.current = leftover;
      saver.change(leftover);
      void saver.flush();
    } else {
      setDraft(agendaNow.current);
      unsaved.current = null;
      writeDraft(pageDraftStorage(), key, null);
    }
    const flush = () => void saver.flush();
    const stop = flushWhenHidden({ document, window }, flush);
    return () => {
      stop();
      flush();
    };
  }, [saver, key, leftover]);

  // Someone else changed the agenda (popup, workspace): follow it unless we hold an edit.
  useEffect(() => {
    if (unsaved.current === null && meeting.agenda !== saved.current) {
      saved.current = meeting.agenda;
      setDraft(meeting.agenda);
    }
  }, [meeting.agenda]);

  function onChange(value: string) {
    setDraft(value);
    setState('idle');
    unsaved.current = value;
    writeDraft(pageDraftStorage(), key, { noteId: meetingId, body: value });
    saver.change(value);
  }

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
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => void saver.flush()}
      />
      <FieldError id={`${id}-agenda-error`} message={error} />
    </div>
  );
}
