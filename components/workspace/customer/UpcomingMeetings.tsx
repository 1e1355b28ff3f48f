import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { listCustomerMeetings } from '@/lib/db/meetings';
import { dayAndTime } from '@/lib/format/dates';
import { useWorkspaceEnv } from '../env';

/** The customer's meetings still to come, soonest first (the past ones are in History). */
export function UpcomingMeetings({ customerId }: { customerId: string }) {
  const { db, now } = useWorkspaceEnv();
  const id = useId();
  const at = now();
  const upcoming = useLiveQuery(
    async () =>
      (await listCustomerMeetings(db, customerId))
        .filter((m) => m.status === 'planned' && (m.endsAt ?? m.startsAt) >= at)
        .sort((a, b) => a.startsAt - b.startsAt),
    [db, customerId, at],
  );
  return (
    <section aria-labelledby={`${id}-title`} className="stack panel workspace-panel">
      <h2 id={`${id}-title`}>Upcoming meetings</h2>
      {upcoming === undefined ? (
        <p className="muted">Loading meetings…</p>
      ) : upcoming.length === 0 ? (
        <p className="empty">No meeting planned. Plan one from the popup or the side panel.</p>
      ) : (
        <ul className="stack">
          {upcoming.map((m) => (
            <li key={m.id}>
              <time dateTime={new Date(m.startsAt).toISOString()}>
                {dayAndTime(m.startsAt, at)}
              </time>{' '}
              · {m.title}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
