import { Checklist } from '@/components/Checklist';
import { ReadinessMeter } from '@/components/ReadinessMeter';
import { useMeetingReadiness } from '@/components/readiness/useMeetingReadiness';
import { setItemDone } from '@/lib/db/checklist';
import type { ChecklistItem, Customer, Meeting } from '@/lib/db/models';
import { dayAndTime } from '@/lib/panel/dates';
import type { RuleFix } from '@/lib/readiness/rules';
import { useState } from 'react';
import { AgendaEditor } from './AgendaEditor';
import { usePanelEnv } from './PanelEnv';
import { PlanMeeting } from './PlanMeeting';
import { Section } from './Section';

/**
 * The meeting this call is about (in progress or next): its readiness, the
 * checklist (auto-checked items say why), and the agenda. None: plan one.
 */
export function MeetingSection({
  customer,
  meeting,
  meetings,
  now,
  onFix,
}: {
  customer: Pick<Customer, 'id' | 'name'>;
  /** undefined: none coming up */
  meeting: Meeting | undefined;
  meetings: Meeting[];
  now: number;
  onFix: (fix: RuleFix) => void;
}) {
  const { db, now: clock } = usePanelEnv();
  const data = useMeetingReadiness(db, meeting?.id, now);
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
        </div>
      )}
    </Section>
  );
}
