import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { Section } from '@/components/customer/Section';
import type { Note } from '@/lib/db/models';
import { notes } from '@/lib/db/notes';
import { timeOfDay, dayAndTime } from '@/lib/format/dates';
import {
  createNoteAutosaver,
  flushWhenHidden,
  pageDraftStorage,
  readDraft,
  writeDraft,
} from '@/lib/forms/note-autosave';
import { unsavedMessage } from '@/lib/forms/unsaved-message';
import { writeNote } from '@/lib/forms/write-note';
import { noteDraftKey } from '@/lib/session/keys';
import { usePanelEnv } from './PanelEnv';

/**
 * Live notes for the current meeting: saves as you type (after a 300 ms pause,
 * and at once when the panel is hidden, closed or switches customer),
 * timestamped; Ctrl/Cmd+Enter starts a new note. The meeting's earlier notes are
 * listed below; notes without a meeting are listed in History.
 */
export function LiveNotes({
  customerId,
  meetingId,
  textareaRef,
  debounceMs = 300,
}: {
  customerId: string;
  meetingId: string | null;
  textareaRef?: Ref<HTMLTextAreaElement>;
  /** pause before a save while typing */
  debounceMs?: number;
}) {
  const { db, now } = usePanelEnv();
  const id = useId();
  const key = noteDraftKey(customerId, meetingId);
  const [text, setText] = useState('');
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [status, setStatus] = useState<string>('');
  const [error, setError] = useState<string | null>(null);

  const { saver, backup } = useMemo(() => {
    const backup = readDraft(pageDraftStorage(), key);
    const saver = createNoteAutosaver({
      delayMs: debounceMs,
      initialNoteId: backup?.noteId ?? null,
      // Every draft names its note before the first write, so one the page left
      // behind (closed mid-write) is written to that note again, never a second one.
      newNoteId: () => crypto.randomUUID(),
      async save(noteId, body) {
        const id = noteId ?? crypto.randomUUID();
        if (body.trim() === '') await notes.remove(db, id);
        else await writeNote(db, id, { customerId, meetingId, body }, now);
        return id;
      },
      onSaved(noteId, body) {
        setCurrentId(noteId);
        setError(null);
        setStatus(body.trim() ? `Saved ${timeOfDay(now())}` : '');
        if (!saver.hasPending) writeDraft(pageDraftStorage(), key, null);
      },
      onError(e) {
        setError(unsavedMessage(e, 'this note'));
      },
    });
    return { saver, backup };
  }, [db, now, customerId, meetingId, key, debounceMs]);

  // A new customer or meeting: start from what an earlier panel left unsaved, if anything.
  useEffect(() => {
    setCurrentId(saver.noteId);
    setText(backup?.body ?? '');
    setStatus('');
    setError(null);
    if (backup?.body) {
      saver.change(backup.body);
      void saver.flush();
    }
  }, [saver, backup]);

  // Never lose a keystroke: write at once when hidden, closed or unmounted.
  useEffect(() => {
    const flush = () => void saver.flush();
    const stop = flushWhenHidden({ document, window }, flush);
    return () => {
      stop();
      flush();
    };
  }, [saver]);

  // This meeting's earlier notes; notes without a meeting live in History (always shown there).
  const previous = useLiveQuery(async (): Promise<Note[]> => {
    if (!meetingId) return [];
    const rows = await db.notes.where('meetingId').equals(meetingId).toArray();
    return rows.sort((a, b) => b.createdAt - a.createdAt);
  }, [db, meetingId]);
  const listed = (previous ?? []).filter((n) => n.id !== currentId && n.body.trim() !== '');

  function onChange(value: string) {
    setText(value);
    setStatus('');
    writeDraft(pageDraftStorage(), key, { noteId: saver.noteId, body: value });
    saver.change(value);
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (text.trim() === '') return;
      void saver.startNew().then(() => {
        setCurrentId(saver.noteId);
        if (!saver.hasPending) writeDraft(pageDraftStorage(), key, null);
      });
      setText('');
      setStatus('New note started');
    }
  }

  return (
    <Section
      id="notes"
      title="Live notes"
      hint={meetingId ? 'For this meeting' : 'Not tied to a meeting; earlier notes are in History'}
    >
      <div className="stack">
        <div className="field">
          <div className="label-row">
            <label htmlFor={`${id}-note`}>Note</label>
            <span className="muted small" role="status" aria-live="polite">
              {status}
            </span>
          </div>
          <textarea
            id={`${id}-note`}
            ref={textareaRef}
            className="note-box"
            rows={5}
            value={text}
            placeholder="Type while you talk; it saves as you go. Ctrl+Enter starts a new note."
            aria-describedby={`${id}-note-help${error ? ` ${id}-note-error` : ''}`}
            onChange={(e) => onChange(e.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => void saver.flush()}
          />
          <span id={`${id}-note-help`} className="visually-hidden">
            Saves as you type. Control or Command plus Enter starts a new note.
          </span>
          {error && (
            <span id={`${id}-note-error`} className="field-error" role="alert">
              {error}
            </span>
          )}
        </div>
        {previous === undefined ? (
          <p className="muted">Loading notes…</p>
        ) : listed.length > 0 ? (
          <ol className="note-list" aria-label="Notes of this meeting">
            {listed.map((n) => (
              <li key={n.id} className="note">
                <time className="muted small" dateTime={new Date(n.createdAt).toISOString()}>
                  {dayAndTime(n.createdAt, now())}
                </time>
                <p className="note-body">{n.body}</p>
              </li>
            ))}
          </ol>
        ) : null}
      </div>
    </Section>
  );
}
