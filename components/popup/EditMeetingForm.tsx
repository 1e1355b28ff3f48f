import { useId, useState, type FormEvent } from 'react';
import { meetings } from '@/lib/db/meetings';
import type { Meeting } from '@/lib/db/models';
import { usePopupEnv } from './env';
import { Field, describedBy } from './Field';
import { saveErrors } from './save-errors';
import { readWhen, toDateInput, toTimeInput } from './time';
import { WhenFields, type When } from './WhenFields';

/** Edits a meeting's title, time, length and agenda (its checklist stays). */
export function EditMeetingForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const env = usePopupEnv();
  const id = useId();
  const [title, setTitle] = useState(meeting.title);
  const [when, setWhen] = useState<When>({
    date: toDateInput(meeting.startsAt),
    time: toTimeInput(meeting.startsAt),
    minutes: meeting.endsAt ? String(Math.round((meeting.endsAt - meeting.startsAt) / 60_000)) : '',
  });
  const [agenda, setAgenda] = useState(meeting.agenda);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const read = readWhen(when);
    if (!read.ok) return setErrors(read.errors);
    setBusy(true);
    try {
      await meetings.update(
        env.db,
        meeting.id,
        { title, startsAt: read.startsAt, endsAt: read.endsAt, agenda },
        env.now,
      );
      onDone();
    } catch (err) {
      setErrors(saveErrors(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="popup-form stack"
      onSubmit={(e) => void submit(e)}
      aria-label={`Edit ${meeting.title}`}
    >
      <Field id={`${id}-title`} label="Title" error={errors.title}>
        <input
          id={`${id}-title`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={200}
          aria-invalid={!!errors.title}
          aria-describedby={describedBy(`${id}-title`, errors.title)}
        />
      </Field>
      <WhenFields id={id} value={when} onChange={setWhen} errors={errors} />
      <Field id={`${id}-agenda`} label="Agenda" error={errors.agenda}>
        <textarea
          id={`${id}-agenda`}
          rows={3}
          value={agenda}
          onChange={(e) => setAgenda(e.target.value)}
          aria-describedby={describedBy(`${id}-agenda`, errors.agenda)}
        />
      </Field>
      {errors[''] && (
        <p role="alert" className="field-error">
          {errors['']}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          Save
        </button>
        <button type="button" onClick={onDone}>
          Discard changes
        </button>
      </div>
    </form>
  );
}
