import { useId, useState, type FormEvent } from 'react';
import { z } from '@/lib/zod';
import { usePanelEnv } from '@/components/panel/PanelEnv';
import { useFormDraft } from '@/components/useFormDraft';
import { goals } from '@/lib/db/goals';
import { GOAL_STATUSES, type Contact, type Goal } from '@/lib/db/models';
import { fromDateInput, relativeDay, toDateInput } from '@/lib/format/dates';
import { changedElsewhereNotice } from '@/lib/forms/changed-fields';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from '@/lib/forms/form-errors';
import { formDraftKey } from '@/lib/session/keys';
import { FieldError } from './FieldError';

export const GOAL_STATUS_LABEL: Record<Goal['status'], string> = {
  open: 'Open',
  in_progress: 'In progress',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

const LABELS = {
  statement: 'Goal',
  why: 'Why',
  measure: 'Measure',
  status: 'Status',
  targetDate: 'Target date',
  progress: 'Progress',
  contactId: 'Whose goal',
};

const draftSchema = z.object({
  statement: z.string(),
  why: z.string(),
  measure: z.string(),
  status: z.enum(GOAL_STATUSES),
  targetDate: z.string(),
  progress: z.string(),
  /** '' for the account as a whole; a draft kept before people had goals has none */
  contactId: z.string().default(''),
});
type Draft = z.infer<typeof draftSchema>;

function draftOf(goal: Goal | undefined): Draft {
  return {
    statement: goal?.statement ?? '',
    why: goal?.why ?? '',
    measure: goal?.measure ?? '',
    status: goal?.status ?? 'open',
    targetDate: toDateInput(goal?.targetDate),
    progress: String(goal?.progress ?? 0),
    contactId: goal?.contactId ?? '',
  };
}

/**
 * Adds or edits a goal inline. The draft stays in the form until it saves: a
 * validation error shows beside its field and nothing typed is lost, not even
 * when the panel closes (it comes back when the form opens again). Editing
 * saves only the fields the seller changed, so a "Mark achieved" made in another
 * panel meanwhile stays, and the form says what changed.
 */
export function GoalForm({
  customerId,
  goal,
  nextPriority = 0,
  people = [],
  onDone,
}: {
  customerId: string;
  goal?: Goal;
  nextPriority?: number;
  /** the account's contacts, any of whom may own the goal */
  people?: readonly Pick<Contact, 'id' | 'name'>[];
  onDone: () => void;
}) {
  const { db, now } = usePanelEnv();
  const id = useId();
  const record = goal ? draftOf(goal) : undefined;
  const form = useFormDraft({
    key: formDraftKey('goal', customerId, goal?.id ?? 'new'),
    schema: draftSchema,
    initial: () => draftOf(undefined),
    record,
  });
  const draft = form.values;
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const set = (field: Exclude<keyof Draft, 'status'>) => (e: { target: { value: string } }) =>
    form.set({ [field]: e.target.value });
  const notice =
    record &&
    changedElsewhereNotice(form.changedElsewhere, record, form.changes, LABELS, {
      status: (s) => GOAL_STATUS_LABEL[s as Goal['status']],
      progress: (p) => `${p}%`,
      contactId: (c) => people.find((p) => p.id === c)?.name ?? 'the whole account',
      targetDate: (d) => {
        const at = fromDateInput(String(d));
        return typeof at === 'number' ? relativeDay(at, now()) : 'not set';
      },
    });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const progress = draft.progress.trim() === '' ? 0 : Number(draft.progress);
    const values = {
      statement: draft.statement,
      why: draft.why,
      measure: draft.measure,
      status: draft.status,
      targetDate: fromDateInput(draft.targetDate) as number | null,
      progress: draft.status === 'achieved' && goal?.status !== 'achieved' ? 100 : progress,
      contactId: draft.contactId || undefined,
    };
    try {
      if (goal) await goals.update(db, goal.id, changedValues(form.changes, values), now);
      else await goals.create(db, { ...values, customerId, priority: nextPriority }, now);
      setErrors(NO_ERRORS);
      form.settle();
      onDone();
    } catch (error) {
      setErrors(formErrorsFrom(error, LABELS));
    } finally {
      setBusy(false);
    }
  }

  const field = (name: keyof typeof LABELS) => ({
    id: `${id}-${name}`,
    'aria-invalid': errors.fields[name] ? true : undefined,
    'aria-describedby': errors.fields[name] ? `${id}-${name}-error` : undefined,
  });

  return (
    <form
      className="goal-form stack card"
      onSubmit={submit}
      aria-label={goal ? 'Edit goal' : 'New goal'}
      noValidate
    >
      {notice && (
        <p role="status" className="alert-warn">
          {notice}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-statement`}>What they want to accomplish, in their words</label>
        <textarea
          {...field('statement')}
          rows={2}
          autoFocus
          value={draft.statement}
          onChange={set('statement')}
          placeholder="Cut onboarding from 6 weeks to 2"
        />
        <FieldError id={`${id}-statement-error`} message={errors.fields.statement} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-why`}>Why it matters to them</label>
        <input {...field('why')} value={draft.why} onChange={set('why')} />
        <FieldError id={`${id}-why-error`} message={errors.fields.why} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-measure`}>How they measure it</label>
        <input {...field('measure')} value={draft.measure} onChange={set('measure')} />
        <FieldError id={`${id}-measure-error`} message={errors.fields.measure} />
      </div>
      {(people.length > 0 || draft.contactId) && (
        <div className="field">
          <label htmlFor={`${id}-contactId`}>Whose goal</label>
          <select
            {...field('contactId')}
            value={draft.contactId}
            onChange={(e) => form.set({ contactId: e.target.value })}
          >
            <option value="">The whole account</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            {draft.contactId && !people.some((p) => p.id === draft.contactId) && (
              <option value={draft.contactId}>A contact no longer at the account</option>
            )}
          </select>
          <FieldError id={`${id}-contactId-error`} message={errors.fields.contactId} />
        </div>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            {...field('status')}
            value={draft.status}
            onChange={(e) => form.set({ status: e.target.value as Goal['status'] })}
          >
            {GOAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {GOAL_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-status-error`} message={errors.fields.status} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-progress`}>Progress %</label>
          <input
            {...field('progress')}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={5}
            value={draft.progress}
            onChange={set('progress')}
          />
          <FieldError id={`${id}-progress-error`} message={errors.fields.progress} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-targetDate`}>Target date</label>
          <input
            {...field('targetDate')}
            type="date"
            value={draft.targetDate}
            onChange={set('targetDate')}
          />
          <FieldError id={`${id}-targetDate-error`} message={errors.fields.targetDate} />
        </div>
      </div>
      {errors.general && (
        <p role="alert" className="field-error">
          {errors.general}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {goal ? 'Save goal' : 'Add goal'}
        </button>
        <button
          type="button"
          onClick={() => {
            form.settle();
            onDone();
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * The goal fields to write for the form fields the seller changed; marking it
 * achieved here fills the progress too, unless they set the progress themselves.
 */
function changedValues<V extends Record<keyof Draft, unknown>>(
  changes: Partial<Draft>,
  values: V,
): Partial<V> {
  const patch: Partial<V> = {};
  for (const field of Object.keys(changes) as (keyof Draft)[]) patch[field] = values[field];
  if ('status' in changes && values.status === 'achieved') patch.progress = values.progress;
  return patch;
}
