import { useState } from 'react';
import { Checklist } from '@/components/Checklist';
import { ReadinessMeter } from '@/components/ReadinessMeter';
import { setItemDone } from '@/lib/db/checklist';
import { meetings } from '@/lib/db/meetings';
import { describeSaveError } from '@/lib/io/errors';
import type { ChecklistItem, Customer } from '@/lib/db/models';
import type { MeetingReadiness } from '@/lib/readiness/load';
import { nextStepWords } from '@/lib/readiness/score';
import { FollowUpEditor } from '@/components/followup/FollowUpEditor';
import { readFollowUpDraft } from '@/lib/followup/draft-store';
import { pageDraftStorage } from '@/lib/forms/note-autosave';
import { notifyChanged, usePopupEnv } from './env';
import { EditMeetingForm } from './EditMeetingForm';
import { formatTime } from './time';

const hasFollowUpDraft = (meetingId: string) =>
  readFollowUpDraft(pageDraftStorage(), meetingId) !== null;

export type MeetingCardProps = {
  entry: MeetingReadiness;
  customer: Customer | undefined;
  expanded: boolean;
  onExpandedChange: (expanded: boolean) => void;
};

/**
 * One meeting: time, customer, readiness and the first open required item;
 * expanded, its checklist (tick inline) and actions (side panel, follow-up, edit, cancel).
 */
export function MeetingCard({ entry, customer, expanded, onExpandedChange }: MeetingCardProps) {
  const env = usePopupEnv();
  const { meeting, items, rules, readiness } = entry;
  const [editing, setEditing] = useState(false);
  // A follow-up draft kept from before opens the card's editor as it was left.
  const [writing, setWriting] = useState(() => hasFollowUpDraft(meeting.id));
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const panelId = `meeting-${meeting.id}-details`;
  const customerName = customer?.name ?? 'Unknown customer';
  const next = readiness.firstOpenRequired;

  async function toggle(item: ChecklistItem, done: boolean) {
    setError(null);
    try {
      await setItemDone(env.db, item.id, done, env.now);
    } catch (e) {
      setError(describeSaveError(e));
    }
  }

  function openPanel() {
    // Synchronous in the click: sidePanel.open() needs the user gesture.
    void env.openPanel({ customerId: meeting.customerId, meetingId: meeting.id, at: env.now() });
  }

  async function cancelMeeting() {
    setError(null);
    try {
      await meetings.update(env.db, meeting.id, { status: 'cancelled' }, env.now);
    } catch (e) {
      setError(describeSaveError(e));
    }
  }

  return (
    <li className={`meeting-card${expanded ? ' is-expanded' : ''}`} data-meeting-id={meeting.id}>
      <button
        type="button"
        className="meeting-card__toggle"
        aria-expanded={expanded}
        aria-controls={panelId}
        onClick={() => onExpandedChange(!expanded)}
      >
        <span className="meeting-card__time">
          {meeting.allDay ? 'All day' : formatTime(meeting.startsAt)}
        </span>
        <span className="meeting-card__who">
          <span className="meeting-card__customer">{customerName}</span>
          <span className="meeting-card__title">{meeting.title}</span>
        </span>
        <span className="meeting-card__chevron" aria-hidden="true">
          {expanded ? '▾' : '▸'}
        </span>
      </button>
      <ReadinessMeter
        size="small"
        percent={readiness.percent}
        ready={readiness.ready}
        empty={readiness.empty}
        label={`Readiness of ${meeting.title}`}
      />
      {next && (
        <p className="meeting-card__next">
          <span className="muted">Next: </span>
          {nextStepWords(next)}
        </p>
      )}
      {expanded && (
        <div id={panelId} className="meeting-card__details stack">
          {editing ? (
            <EditMeetingForm meeting={meeting} onDone={() => setEditing(false)} />
          ) : writing ? (
            <>
              <FollowUpEditor
                db={env.db}
                meeting={meeting}
                clock={env.now}
                headingLevel={4}
                onSent={() => notifyChanged(env)}
              />
              <button type="button" onClick={() => setWriting(false)}>
                Back to the checklist
              </button>
            </>
          ) : (
            <>
              <Checklist
                items={items}
                rules={rules}
                onToggle={toggle}
                // An auto-checked item's fix ("Add a goal"…) is made in the side panel.
                onFix={openPanel}
                label={`Checklist for ${meeting.title}`}
                headingLevel={4}
              />
              <div className="row meeting-card__actions">
                <button type="button" className="primary" onClick={openPanel}>
                  Open side panel
                </button>
                <button type="button" onClick={() => setWriting(true)}>
                  Write the follow-up
                </button>
                <button type="button" onClick={() => setEditing(true)}>
                  Edit
                </button>
                {confirmCancel ? (
                  <span className="row" role="group" aria-label="Cancel this meeting?">
                    <button type="button" className="danger" onClick={() => void cancelMeeting()}>
                      Yes, cancel meeting
                    </button>
                    <button type="button" onClick={() => setConfirmCancel(false)}>
                      Keep it
                    </button>
                  </span>
                ) : (
                  <button type="button" onClick={() => setConfirmCancel(true)}>
                    Cancel meeting
                  </button>
                )}
              </div>
            </>
          )}
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
