import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import type { Customer, Meeting } from '@/lib/db/models';
import { listTemplates } from '@/lib/db/templates';
import { planMeetingNow, suggestedTemplateId } from '@/lib/meetings/plan-now';
import { builtinTemplateId, DEFAULT_TEMPLATES } from '@/lib/readiness/templates';
import { usePanelEnv } from './PanelEnv';

/** No meeting coming up: plan one in one click, from a template (a call is likely on now). */
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
  const templateId = choice ?? suggested;

  async function plan() {
    setBusy(true);
    setError(null);
    try {
      await planMeetingNow(db, customer, templateId, now());
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
        <button type="button" className="primary" disabled={busy} onClick={() => void plan()}>
          Plan a meeting
        </button>
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
