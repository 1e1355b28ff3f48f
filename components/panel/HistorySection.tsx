import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { Section } from '@/components/customer/Section';
import { OnTimeToggle } from '@/components/record/OnTimeToggle';
import { listCustomerMeetings, pastMeetings } from '@/lib/db/meetings';
import type { Commitment, Meeting, Note } from '@/lib/db/models';
import { dayAndTime, shortDate } from '@/lib/format/dates';
import { usePanelEnv } from './PanelEnv';

type Past = { meeting: Meeting; notes: Note[]; outcomes: Commitment[] };
/** A note no meeting above shows, with the meeting it still names (cancelled, later), if any. */
type Loose = { note: Note; meeting: Meeting | null };

/**
 * Past meetings, newest first: summary (and when the follow-up went), the notes taken, and the promises made
 * there; then every other note of the customer (without a meeting, or of a
 * meeting that was deleted, cancelled or is not the one shown), newest first,
 * so no note is ever out of sight. The current meeting's notes are in Live notes.
 */
export function HistorySection({
  customerId,
  currentMeetingId,
  now,
}: {
  customerId: string;
  currentMeetingId: string | null;
  now: number;
}) {
  const { db } = usePanelEnv();
  const headingId = useId();
  const data = useLiveQuery(async (): Promise<{ past: Past[]; loose: Loose[] }> => {
    const [meetings, allNotes, commitments] = await Promise.all([
      listCustomerMeetings(db, customerId),
      db.notes.where('customerId').equals(customerId).toArray(),
      db.commitments.where('customerId').equals(customerId).toArray(),
    ]);
    const notes = allNotes.filter((n) => n.body.trim());
    const current = meetings.find((m) => m.id === currentMeetingId);
    const past = pastMeetings(meetings, now, current).map((meeting) => ({
      meeting,
      notes: notes
        .filter((n) => n.meetingId === meeting.id)
        .sort((a, b) => a.createdAt - b.createdAt),
      outcomes: commitments.filter((c) => c.meetingId === meeting.id),
    }));
    const shown = new Set(past.map((p) => p.meeting.id));
    if (current) shown.add(current.id);
    const byId = new Map(meetings.map((m) => [m.id, m]));
    const loose = notes
      .filter((n) => n.meetingId === null || !shown.has(n.meetingId))
      .sort((a, b) => b.createdAt - a.createdAt)
      .map((note) => ({ note, meeting: (note.meetingId && byId.get(note.meetingId)) || null }));
    return { past, loose };
  }, [db, customerId, currentMeetingId, now]);
  const rows = data?.past;
  const loose = data?.loose ?? [];

  return (
    <Section id="history" title="History">
      {rows === undefined ? (
        <p className="muted">Loading history…</p>
      ) : (
        <div className="stack">
          {rows.length === 0 ? (
            <p className="empty">No earlier meetings with them yet.</p>
          ) : (
            <ol className="history-list">
              {rows.map(({ meeting, notes, outcomes }, i) => (
                <li key={meeting.id} className="history-item">
                  <details open={i === 0}>
                    <summary>
                      <span className="history-title">{meeting.title}</span>{' '}
                      <span className="muted small">{shortDate(meeting.startsAt, now)}</span>
                    </summary>
                    <div className="stack history-body">
                      {meeting.status !== 'cancelled' && <OnTimeToggle db={db} meeting={meeting} />}
                      {meeting.summary ? (
                        <p className="history-summary">{meeting.summary}</p>
                      ) : (
                        <p className="muted small">No summary.</p>
                      )}
                      {meeting.followUpSentAt != null && (
                        <p className="muted small">
                          Follow-up sent {shortDate(meeting.followUpSentAt, now)}.
                        </p>
                      )}
                      {notes.length > 0 && (
                        <div>
                          <h3 className="small-heading">Notes</h3>
                          <ul className="history-notes">
                            {notes.map((n) => (
                              <li key={n.id} className="note-body">
                                {n.body}
                              </li>
                            ))}
                          </ul>
                        </div>
                      )}
                      {outcomes.length > 0 && (
                        <div>
                          <h3 className="small-heading">Outcomes</h3>
                          <ul className="history-notes">
                            {outcomes.map((c) => (
                              <li key={c.id}>
                                {c.owner === 'us' ? 'We' : 'They'}: {c.text}
                                {c.status === 'done' ? ' (done)' : ''}
                              </li>
                            ))}
                          </ul>
                        </div>
                      )}
                    </div>
                  </details>
                </li>
              ))}
            </ol>
          )}
          {loose.length > 0 && (
            <div>
              <h3 className="small-heading" id={`${headingId}-loose`}>
                Notes without a meeting
              </h3>
              <ol className="note-list" aria-labelledby={`${headingId}-loose`}>
                {loose.map(({ note, meeting }) => (
                  <li key={note.id} className="note">
                    <span className="muted small">
                      <time dateTime={new Date(note.createdAt).toISOString()}>
                        {dayAndTime(note.createdAt, now)}
                      </time>
                      {meeting
                        ? ` · ${meeting.status === 'cancelled' ? 'cancelled: ' : ''}${meeting.title}`
                        : ''}
                    </span>
                    <p className="note-body">{note.body}</p>
                  </li>
                ))}
              </ol>
            </div>
          )}
        </div>
      )}
    </Section>
  );
}
