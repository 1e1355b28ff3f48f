import { useState } from 'react';
import { Checklist } from '@/components/Checklist';
import { FollowUpEditor } from '@/components/followup/FollowUpEditor';
import { MeetingSummary } from '@/components/followup/MeetingSummary';
import { PrepareMeeting } from '@/components/PrepareMeeting';
import { ReadinessMeter } from '@/components/ReadinessMeter';
import { useMeetingReadiness } from '@/components/readiness/useMeetingReadiness';
import { useReadinessAtStart } from '@/components/record/useReadinessAtStart';
import { Section } from '@/components/customer/Section';
import { setItemDone } from '@/lib/db/checklist';
import type { ChecklistItem, Customer, Meeting } from '@/lib/db/models';
import { MESSAGE } from '@/lib/messaging';
import { dayAndTime } from '@/lib/format/dates';
import { eventFromSignal } from '@/lib/readiness/prepare-from-event';
import type { RuleFix } from '@/lib/readiness/rules';
import type { PageSignal } from '@/lib/recognize/signal';
import { AgendaEditor } from './AgendaEditor';
import { usePanelEnv } from './PanelEnv';
import { PlanMeeting } from './PlanMeeting';

/**
 * The meeting this call is about (in progress or next): its readiness, the
 * checklist (auto-checked items say why), the agenda, and at the end of the call
 * its summary and the follow-up email. None: plan one. On a
 * calendar event's page, "Prepare this meeting" (the popup's component) creates
 * the event's meeting, or opens it when it exists, unless it is the one shown.
 */
export function MeetingSection({
  customer,
  meeting,
  meetings,
  now,
  onFix,
  signal = null,
  onOpenMeeting,
}: {
  customer: Pick<Customer, 'id' | 'name'>;
  /** undefined: none coming up */
  meeting: Meeting | undefined;
  meetings: Meeting[];
  now: number;
  onFix: (fix: RuleFix) => void;
  /** the tab's page: a Google Calendar event offers "Prepare this meeting" */
  signal?: PageSignal | null;
  /** show this meeting (prepared or found from the calendar event) */
  onOpenMeeting?: (meeting: Meeting) => void;
}) {
  const { db, now: clock, send } = usePanelEnv();
  const event = eventFromSignal(signal);
  const eventShown = event !== null && meeting?.externalId === event.externalId;
  const data = useMeetingReadiness(db, meeting?.id, now);
  useReadinessAtStart(db, meeting, now);
  const [error, setError] = useState<string | null>(null);

  async function toggle(item: ChecklistItem, done: boolean) {
    try {
      await setItemDone(db, item.id, done, clock);
      setError(null);
    } catch (e) {
      setError(`Could not save the tick: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  return (
    <Section id="meeting" title="This meeting">
      {event && !eventShown && (
        <PrepareMeeting
          db={db}
          signal={signal}
          customer={{ id: customer.id, name: customer.name }}
          onOpen={(m) => onOpenMeeting?.(m)}
          onChanged={() => void send({ type: MESSAGE.dataChanged }).catch(() => undefined)}
          headingLevel={3}
          now={clock}
        />
      )}
      {!meeting ? (
        <PlanMeeting customer={customer} meetings={meetings} />
      ) : (
        <div className="stack">
          <div className="meeting-head">
            <p className="meeting-title">
              <strong>{meeting.title}</strong>
            </p>
            <p className="muted small">
              {meeting.startsAt <= now ? 'Started ' : ''}
              {dayAndTime(meeting.startsAt, now)}
            </p>
          </div>
          {data === undefined ? (
            <p className="muted">Loading the checklist…</p>
          ) : data === null ? null : (
            <>
              <ReadinessMeter
                percent={data.readiness.percent}
                ready={data.readiness.ready}
                empty={data.readiness.empty}
                label={`Readiness of ${meeting.title}`}
              />
              <Checklist
                items={data.items}
                rules={data.rules}
                onToggle={toggle}
                onFix={(fix) => onFix(fix)}
                headingLevel={3}
              />
            </>
          )}
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <AgendaEditor key={meeting.id} meeting={meeting} />
          <MeetingSummary key={`summary-${meeting.id}`} db={db} meeting={meeting} clock={clock} />
          <FollowUpEditor
            key={`follow-up-${meeting.id}`}
            db={db}
            meeting={meeting}
            clock={clock}
            onSent={() => void send({ type: MESSAGE.dataChanged }).catch(() => undefined)}
          />
        </div>
      )}
    </Section>
  );
}
