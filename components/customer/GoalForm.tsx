import { useId, useState, type FormEvent } from 'react';
import { usePanelEnv } from '@/components/panel/PanelEnv';
import { goals } from '@/lib/db/goals';
import { GOAL_STATUSES, type Goal } from '@/lib/db/models';
import { fromDateInput, toDateInput } from '@/lib/format/dates';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from '@/lib/forms/form-errors';
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
};

type Draft = {
  statement: string;
  why: string;
  measure: string;
  status: Goal['status'];
  targetDate: string;
  progress: string;
};

/**
 * Adds or edits a goal inline. The draft stays in the form until it saves: a
 * validation error shows beside its field and nothing typed is lost.
 */
export function GoalForm({
  customerId,
  goal,
  nextPriority = 0,
  onDone,
}: {
  customerId: string;
  goal?: Goal;
  nextPriority?: number;
  onDone: () => void;
}) {
  const { db, now } = usePanelEnv();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => ({
    statement: goal?.statement ?? '',
    why: goal?.why ?? '',
    measure: goal?.measure ?? '',
    status: goal?.status ?? 'open',
    targetDate: toDateInput(goal?.targetDate),
    progress: String(goal?.progress ?? 0),
  }));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const set = (field: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));

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
    };
    try {
      if (goal) await goals.update(db, goal.id, values, now);
      else await goals.create(db, { ...values, customerId, priority: nextPriority }, now);
      setErrors(NO_ERRORS);
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
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            {...field('status')}
            value={draft.status}
            onChange={(e) => setDraft((d) => ({ ...d, status: e.target.value as Goal['status'] }))}
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
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
