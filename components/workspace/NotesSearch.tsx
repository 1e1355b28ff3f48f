import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useId, useState } from 'react';
import { searchNotes } from '@/lib/db/notes';
import { shortDate } from '@/lib/format/dates';
import { foldText } from '@/lib/match/normalize';
import { useWorkspaceEnv } from './env';

const HITS = 50;
const SNIPPET = 160;

/** The part of a note around the first word found, so a long note shows why it is listed. */
export function snippetOf(body: string, query: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  const first = foldText(query).split(' ').find(Boolean);
  const at = first ? foldText(flat).indexOf(first) : -1;
  // foldText drops accents and punctuation, so positions shift a little: centre roughly.
  const start = at > SNIPPET / 2 ? Math.max(0, Math.min(at - 40, flat.length - SNIPPET)) : 0;
  const cut = flat.slice(start, start + SNIPPET);
  return `${start > 0 ? '…' : ''}${cut}${start + SNIPPET < flat.length ? '…' : ''}`;
}

/** One search box over every note of every customer, newest first; each hit opens its customer. */
export function NotesSearch() {
  const { db, now } = useWorkspaceEnv();
  const id = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const hits = useLiveQuery(
    async () => ({ query: deferred, rows: await searchNotes(db, deferred, HITS) }),
    [db, deferred],
  );
  const typed = deferred.trim() !== '';
  return (
    <section aria-labelledby={`${id}-title`} className="stack">
      <h1 id={`${id}-title`}>Notes</h1>
      <label htmlFor={`${id}-q`}>Search all notes</label>
      <input
        id={`${id}-q`}
        type="search"
        value={query}
        placeholder="A word or two from any note"
        onChange={(e) => setQuery(e.target.value)}
      />
      {!typed ? (
        <p className="muted">Type to search the notes of every customer and meeting.</p>
      ) : hits === undefined || hits.query !== deferred ? (
        <p className="muted" role="status">
          Searching…
        </p>
      ) : hits.rows.length === 0 ? (
        <p role="status">No note contains “{deferred.trim()}”.</p>
      ) : (
        <>
          <p className="muted" role="status">
            {hits.rows.length === HITS
              ? `The newest ${HITS} notes that match: add a word to narrow.`
              : `${hits.rows.length} ${hits.rows.length === 1 ? 'note' : 'notes'}`}
          </p>
          <ul className="stack notes-search__hits">
            {hits.rows.map(({ note, customerName, meetingTitle }) => (
              <li key={note.id} className="notes-search__hit">
                <a href={`#customers/${encodeURIComponent(note.customerId)}`}>{customerName}</a>
                <span className="muted">
                  {' '}
                  · {shortDate(note.createdAt, now())}
                  {meetingTitle ? ` · ${meetingTitle}` : ''}
                </span>
                <p className="notes-search__snippet">{snippetOf(note.body, deferred)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
