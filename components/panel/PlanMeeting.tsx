import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import type { Customer, Meeting } from '@/lib/db/models';
import { listTemplates } from '@/lib/db/templates';
import { PastDateConfirm, usePastDateCheck } from '@/components/PastDateConfirm';
import { fromDateAndTimeInputs, toDateInput, toTimeInput } from '@/lib/format/dates';
import { planMeetingNow, suggestedTemplateId } from '@/lib/meetings/plan-now';
import { builtinTemplateId, DEFAULT_TEMPLATES } from '@/lib/readiness/templates';
import { usePanelEnv } from './PanelEnv';

/**
 * No meeting coming up: plan one from a template. It starts now unless the
 * seller changes the time (a call is likely on now), and a day in the past is
 * asked about, never taken silently.
 */
export function PlanMeeting({
  customer,
  meetings,
}: {
  customer: Pick<Customer, 'id' | 'name'>;
  meetings: Meeting[];
}) {
  const { db, now } = usePanelEnv();
  const id = useId();
  const stored = useLiveQuery(() => listTemplates(db), [db]);
  // Before the built-ins are seeded, offer them anyway: planning seeds them.
  const templates =
    stored && stored.length > 0
      ? stored.map((t) => ({ id: t.id, name: t.name }))
      : DEFAULT_TEMPLATES.map((t) => ({ id: builtinTemplateId(t.key), name: t.name }));
  const suggested = suggestedTemplateId(meetings, templates);
  const [choice, setChoice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // null until the seller touches the time: then "now" means the moment of the click.
  const [when, setWhen] = useState<{ date: string; time: string } | null>(null);
  const past = usePastDateCheck();
  const templateId = choice ?? suggested;
  const shown = when ?? { date: toDateInput(now()), time: toTimeInput(now()) };

  function edit(next: { date: string; time: string }) {
    setWhen(next);
    past.dismiss();
    setError(null);
  }

  async function plan() {
    const at = now();
    const startsAt = when ? fromDateAndTimeInputs(when.date, when.time) : at;
    if (startsAt === null) {
      setError('Pick a date and a time.');
      return;
    }
    if (!past.check(startsAt, at)) return;
    setBusy(true);
    setError(null);
    try {
      await planMeetingNow(db, customer, templateId, at, startsAt);
    } catch (e) {
      setError(`Could not plan the meeting: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack plan-meeting">
      <p className="empty">No meeting with {customer.name} is coming up.</p>
      <div className="row">
        <label htmlFor={`${id}-template`} className="visually-hidden">
          Checklist template
        </label>
        <select
          id={`${id}-template`}
          value={templateId}
          onChange={(e) => setChoice(e.target.value)}
        >
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="row plan-meeting__when">
        <label htmlFor={`${id}-date`}>Date</label>
        <input
          id={`${id}-date`}
          type="date"
          value={shown.date}
          onChange={(e) => edit({ ...shown, date: e.target.value })}
        />
        <label htmlFor={`${id}-time`}>Time</label>
        <input
          id={`${id}-time`}
          type="time"
          value={shown.time}
          onChange={(e) => edit({ ...shown, time: e.target.value })}
        />
        <button type="button" className="primary" disabled={busy} onClick={() => void plan()}>
          Plan a meeting
        </button>
      </div>
      <PastDateConfirm check={past} onKeep={() => void plan()} busy={busy} />
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
