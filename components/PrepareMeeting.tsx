/**
 * PrepareMeeting — "Prepare this meeting" for a Google Calendar event tab.
 *
 * Renders nothing unless `signal` is a dated calendar event (site 'gcalendar',
 * view 'event', `when.start`). Then it offers a template picker and a
 * **Prepare this meeting** button that creates the meeting for the customer
 * with the event's title and time (lib/readiness/prepare-from-event.ts), or,
 * once it exists (deduplicated by the event id), opens it instead.
 *
 * Props:
 * - `db`: the database.
 * - `signal`: the active tab's PageSignal (TabState.signal), or null.
 * - `customer`: the tab's matched customer `{ id, name }` (from TabState.match),
 *   or null: then the seller finds one by name (at most CUSTOMER_CHOICES listed).
 * - `onOpen(meeting, created)`: called after creating (created = true), or
 *   synchronously in the click when it already existed (created = false) — so
 *   the caller may open the side panel from it (user gesture).
 * - `onChanged?()`: after a meeting was created (send MESSAGE.dataChanged).
 * - `headingLevel?`: 2 (default) or 3.
 * - `now?`: clock, for tests.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import type { Meeting } from '@/lib/db/models';
import { describeSaveError } from '@/lib/io/errors';
import type { CallprepDB } from '@/lib/db/schema';
import { listTemplates } from '@/lib/db/templates';
import {
  eventFromSignal,
  findPreparedMeeting,
  prepareMeetingFromEvent,
} from '@/lib/readiness/prepare-from-event';
import { builtinTemplateId } from '@/lib/readiness/templates';
import type { PageSignal } from '@/lib/recognize/signal';
import { CUSTOMER_CHOICES, useCustomerChoices } from './useCustomerChoices';
import './readiness/readiness.css';

export type PrepareMeetingProps = {
  db: CallprepDB;
  signal: PageSignal | null | undefined;
  customer: { id: string; name: string } | null;
  onOpen: (meeting: Meeting, created: boolean) => void;
  onChanged?: () => void;
  headingLevel?: 2 | 3;
  now?: () => number;
};

const whenFmt = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});

export function PrepareMeeting({
  db,
  signal,
  customer,
  onOpen,
  onChanged,
  headingLevel = 2,
  now = Date.now,
}: PrepareMeetingProps) {
  const id = useId();
  const event = eventFromSignal(signal);
  const existing = useLiveQuery(
    async () => (event ? ((await findPreparedMeeting(db, event)) ?? null) : null),
    [db, event?.externalId, event?.title, event?.startsAt],
  );
  const templates = useLiveQuery(() => listTemplates(db), [db]);
  const [templateId, setTemplateId] = useState<string>(builtinTemplateId('follow-up'));
  const [query, setQuery] = useState('');
  const [pickedCustomer, setPickedCustomer] = useState('');
  const choices = useCustomerChoices(db, query, pickedCustomer, setPickedCustomer);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!event) return null;

  const Heading = `h${headingLevel}` as 'h2';
  const customerId = customer?.id ?? pickedCustomer;
  const templateValue =
    templateId === '' || templates?.some((t) => t.id === templateId)
      ? templateId
      : (templates?.[0]?.id ?? '');

  function click() {
    setError(null);
    if (existing) {
      // Known already: open it within the click (a user gesture, for the side panel).
      setStatus(`Opened “${existing.title}”, prepared earlier.`);
      onOpen(existing, false);
      return;
    }
    if (!customerId) {
      setError('Pick the customer this meeting is with.');
      return;
    }
    setBusy(true);
    prepareMeetingFromEvent(
      db,
      { event: event!, customerId, templateId: templateValue || null },
      now,
    )
      .then(({ meeting, created }) => {
        setStatus(
          created
            ? `Prepared “${meeting.title}”: tick its checklist below.`
            : `Opened “${meeting.title}”, prepared earlier.`,
        );
        if (created) onChanged?.();
        onOpen(meeting, created);
      })
      .catch((e: unknown) => setError(describeSaveError(e)))
      .finally(() => setBusy(false));
  }

  return (
    <section className="prepare-meeting card stack" aria-labelledby={`${id}-h`}>
      <Heading id={`${id}-h`}>From your calendar</Heading>
      <p className="prepare-meeting__event">
        <strong>{event.title}</strong>
        <br />
        <span className="muted">
          {whenFmt.format(event.startsAt)}
          {customer ? ` · ${customer.name}` : ''}
        </span>
      </p>
      {existing ? (
        <p className="muted">Already prepared: this opens the meeting.</p>
      ) : (
        <div className="prepare-meeting__fields">
          {!customer && (
            <>
              <div className="stack prepare-meeting__field">
                <label htmlFor={`${id}-find`}>Find customer</label>
                <input
                  id={`${id}-find`}
                  type="search"
                  value={query}
                  onChange={(e) => setQuery(e.target.value)}
                  placeholder="Type a name"
                  aria-controls={`${id}-customer`}
                  aria-describedby={choices.more ? `${id}-find-more` : undefined}
                />
                {choices.more && (
                  <span id={`${id}-find-more`} className="muted">
                    Showing the first {CUSTOMER_CHOICES} by name: type more of it to find the
                    others.
                  </span>
                )}
              </div>
              <div className="stack prepare-meeting__field">
                <label htmlFor={`${id}-customer`}>Customer</label>
                <select
                  id={`${id}-customer`}
                  value={pickedCustomer}
                  onChange={(e) => setPickedCustomer(e.target.value)}
                >
                  <option value="">
                    {choices.shown.length ? 'Choose…' : 'No customer matches'}
                  </option>
                  {choices.shown.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </div>
            </>
          )}
          <div className="stack prepare-meeting__field">
            <label htmlFor={`${id}-template`}>Checklist</label>
            <select
              id={`${id}-template`}
              value={templateValue}
              onChange={(e) => setTemplateId(e.target.value)}
            >
              {templates?.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
              <option value="">No checklist</option>
            </select>
          </div>
        </div>
      )}
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={busy || existing === undefined}
          onClick={click}
        >
          Prepare this meeting
        </button>
      </div>
      {status && (
        <p role="status" className="muted">
          {status}
        </p>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  );
}
