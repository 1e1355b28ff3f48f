import { useId, useState, type FormEvent } from 'react';
import { z } from '@/lib/zod';
import { PastDateConfirm, usePastDateCheck } from '@/components/PastDateConfirm';
import { usePanelEnv } from '@/components/panel/PanelEnv';
import { useFormDraft } from '@/components/useFormDraft';
import { commitments } from '@/lib/db/commitments';
import { fromDateInput } from '@/lib/format/dates';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from '@/lib/forms/form-errors';
import { formDraftKey } from '@/lib/session/keys';
import { FieldError } from './FieldError';

const LABELS = { text: 'Promise', owner: 'Who', dueAt: 'Due date' };

const draftSchema = z.object({ text: z.string(), owner: z.enum(['us', 'them']), due: z.string() });

/**
 * Adds a promise during the call ("send the security review by Friday"): what,
 * who promised, and by when. The draft stays until it saves, also when the
 * panel closes (it is there again when the panel opens on this customer).
 */
export function PromiseForm({
  customerId,
  meetingId,
}: {
  customerId: string;
  meetingId: string | null;
}) {
  const { db, now } = usePanelEnv();
  const id = useId();
  const draft = useFormDraft({
    key: formDraftKey('promise', customerId),
    schema: draftSchema,
    initial: () => ({ text: '', owner: 'us' as const, due: '' }),
  });
  const { text, owner, due } = draft.values;
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const past = usePastDateCheck();

  async function submit(e: FormEvent) {
    e.preventDefault();
    await save();
  }

  async function save() {
    const dueAt = fromDateInput(due);
    if (typeof dueAt === 'number' && !past.check(dueAt, now())) return;
    setBusy(true);
    try {
      await commitments.create(
        db,
        { customerId, meetingId, text, owner, dueAt: dueAt as number | null },
        now,
      );
      draft.settle({ text: '', owner, due: '' });
      setErrors(NO_ERRORS);
    } catch (error) {
      setErrors(formErrorsFrom(error, LABELS));
    } finally {
      setBusy(false);
    }
  }

  const described = (field: keyof typeof LABELS) =>
    errors.fields[field]
      ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` }
      : {};

  return (
    <form className="promise-form stack" onSubmit={submit} aria-label="Add a promise" noValidate>
      <div className="field">
        <label htmlFor={`${id}-text`}>New promise</label>
        <input
          id={`${id}-text`}
          value={text}
          onChange={(e) => draft.set({ text: e.target.value })}
          placeholder="e.g. Send the pilot report"
          {...described('text')}
        />
        <FieldError id={`${id}-text-error`} message={errors.fields.text} />
      </div>
      <div className="field-row">
        <fieldset className="field owner-field">
          <legend>Who promised</legend>
          <div className="segmented">
            {(['us', 'them'] as const).map((o) => (
              <label key={o}>
                <input
                  type="radio"
                  name={`${id}-owner`}
                  value={o}
                  checked={owner === o}
                  onChange={() => draft.set({ owner: o })}
                />
                {o === 'us' ? 'We did' : 'They did'}
              </label>
            ))}
          </div>
          <FieldError id={`${id}-owner-error`} message={errors.fields.owner} />
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-due`}>Due</label>
          <input
            id={`${id}-due`}
            type="date"
            value={due}
            onChange={(e) => draft.set({ due: e.target.value })}
            {...described('dueAt')}
          />
          <FieldError id={`${id}-dueAt-error`} message={errors.fields.dueAt} />
        </div>
      </div>
      {errors.general && (
        <p role="alert" className="field-error">
          {errors.general}
        </p>
      )}
      <PastDateConfirm check={past} onKeep={() => void save()} busy={busy} />
      <div className="row">
        <button type="submit" disabled={busy}>
          Add promise
        </button>
      </div>
    </form>
  );
}
