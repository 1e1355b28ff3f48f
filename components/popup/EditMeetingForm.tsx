import { useId, useState, type FormEvent } from 'react';
import { z } from '@/lib/zod';
import { meetings } from '@/lib/db/meetings';
import type { Meeting } from '@/lib/db/models';
import { relativeDay, timeOfDay } from '@/lib/format/dates';
import { changedElsewhereNotice } from '@/lib/forms/changed-fields';
import { formDraftKey } from '@/lib/session/keys';
import { PastDateConfirm, usePastDateCheck } from '../PastDateConfirm';
import { useFormDraft } from '../useFormDraft';
import { usePopupEnv } from './env';
import { Field, describedBy } from './Field';
import { saveErrors } from './save-errors';
import { readWhen, toDateInput, toTimeInput } from './time';
import { WhenFields } from './WhenFields';

const valuesSchema = z.object({
  title: z.string(),
  date: z.string(),
  time: z.string(),
  minutes: z.string(),
  agenda: z.string(),
});
type Values = z.infer<typeof valuesSchema>;

const LABELS: Record<keyof Values, string> = {
  title: 'Title',
  date: 'Date',
  time: 'Time',
  minutes: 'Length',
  agenda: 'Agenda',
};

function valuesOf(meeting: Meeting): Values {
  return {
    title: meeting.title,
    date: toDateInput(meeting.startsAt),
    time: toTimeInput(meeting.startsAt),
    minutes: meeting.endsAt ? String(Math.round((meeting.endsAt - meeting.startsAt) / 60_000)) : '',
    agenda: meeting.agenda,
  };
}

/**
 * Edits a meeting's title, time, length and agenda (its checklist stays). Only
 * what the seller changed is saved, so an agenda typed in the side panel
 * meanwhile survives; the draft outlives the popup closing.
 */
export function EditMeetingForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const env = usePopupEnv();
  const id = useId();
  const record = valuesOf(meeting);
  const draft = useFormDraft({
    key: formDraftKey('edit-meeting', meeting.id),
    schema: valuesSchema,
    record,
  });
  const { values, changes } = draft;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const past = usePastDateCheck();

  const notice = changedElsewhereNotice(draft.changedElsewhere, record, changes, LABELS, {
    date: () => relativeDay(meeting.startsAt, env.now()),
    time: () => timeOfDay(meeting.startsAt),
    minutes: (v) => (v ? `${v} minutes` : 'not set'),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    await save();
  }

  async function save() {
    const read = readWhen(values);
    if (!read.ok) return setErrors(read.errors);
    const whenChanged = 'date' in changes || 'time' in changes || 'minutes' in changes;
    // Only a time the seller moved is asked about: editing a past meeting's agenda is fine.
    if (whenChanged && !past.check(read.startsAt, env.now())) return;
    setBusy(true);
    try {
      await meetings.update(
        env.db,
        meeting.id,
        {
          ...('title' in changes && { title: values.title }),
          ...('agenda' in changes && { agenda: values.agenda }),
          ...(whenChanged && { startsAt: read.startsAt, endsAt: read.endsAt }),
        },
        env.now,
      );
      draft.settle();
      onDone();
    } catch (err) {
      setErrors(saveErrors(err));
    } finally {
      setBusy(false);
    }
  }

  function discard() {
    draft.settle();
    onDone();
  }

  return (
    <form
      className="popup-form stack"
      onSubmit={(e) => void submit(e)}
      aria-label={`Edit ${meeting.title}`}
    >
      {notice && (
        <p role="status" className="popup-form__notice">
          {notice}
        </p>
      )}
      <Field id={`${id}-title`} label="Title" error={errors.title}>
        <input
          id={`${id}-title`}
          value={values.title}
          onChange={(e) => draft.set({ title: e.target.value })}
          required
          maxLength={200}
          aria-invalid={!!errors.title}
          aria-describedby={describedBy(`${id}-title`, errors.title)}
        />
      </Field>
      <WhenFields id={id} value={values} onChange={(when) => draft.set(when)} errors={errors} />
      <Field id={`${id}-agenda`} label="Agenda" error={errors.agenda}>
        <textarea
          id={`${id}-agenda`}
          rows={3}
          value={values.agenda}
          onChange={(e) => draft.set({ agenda: e.target.value })}
          aria-describedby={describedBy(`${id}-agenda`, errors.agenda)}
        />
      </Field>
      {errors[''] && (
        <p role="alert" className="field-error">
          {errors['']}
        </p>
      )}
      <PastDateConfirm check={past} onKeep={() => void save()} busy={busy} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          Save
        </button>
        <button type="button" onClick={discard}>
          Discard changes
        </button>
      </div>
    </form>
  );
}
