import { useLiveQuery } from 'dexie-react-hooks';
import { listCustomerMeetings, pastMeetings } from '@/lib/db/meetings';
import type { Commitment, Meeting, Note } from '@/lib/db/models';
import { shortDate } from '@/lib/panel/dates';
import { usePanelEnv } from './PanelEnv';
import { Section } from './Section';

type Past = { meeting: Meeting; notes: Note[]; outcomes: Commitment[] };

/** Past meetings, newest first: summary, the notes taken, and the promises made there. */
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
  const rows = useLiveQuery(async (): Promise<Past[]> => {
    const [meetings, notes, commitments] = await Promise.all([
      listCustomerMeetings(db, customerId),
      db.notes.where('customerId').equals(customerId).toArray(),
      db.commitments.where('customerId').equals(customerId).toArray(),
    ]);
    const current = meetings.find((m) => m.id === currentMeetingId);
    return pastMeetings(meetings, now, current).map((meeting) => ({
      meeting,
      notes: notes
        .filter((n) => n.meetingId === meeting.id && n.body.trim())
        .sort((a, b) => a.createdAt - b.createdAt),
      outcomes: commitments.filter((c) => c.meetingId === meeting.id),
    }));
  }, [db, customerId, currentMeetingId, now]);

  return (
    <Section id="history" title="History">
      {rows === undefined ? (
        <p className="muted">Loading history…</p>
      ) : rows.length === 0 ? (
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
                  {meeting.summary ? (
                    <p className="history-summary">{meeting.summary}</p>
                  ) : (
                    <p className="muted small">No summary.</p>
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
    </Section>
  );
}
