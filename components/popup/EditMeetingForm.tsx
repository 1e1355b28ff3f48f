import { useId, useState, type FormEvent } from 'react';
import { ValidationError } from '@/lib/db/errors';
import { meetings } from '@/lib/db/meetings';
import type { Meeting } from '@/lib/db/models';
import { notifyChanged, usePopupEnv } from './env';
import { Field, describedBy } from './Field';
import { fromInputs, toDateInput, toTimeInput } from './time';

/** Edits a meeting's title, time, length and agenda (its checklist stays). */
export function EditMeetingForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const env = usePopupEnv();
  const id = useId();
  const [title, setTitle] = useState(meeting.title);
  const [date, setDate] = useState(toDateInput(meeting.startsAt));
  const [time, setTime] = useState(toTimeInput(meeting.startsAt));
  const [minutes, setMinutes] = useState(
    meeting.endsAt ? String(Math.round((meeting.endsAt - meeting.startsAt) / 60_000)) : '',
  );
  const [agenda, setAgenda] = useState(meeting.agenda);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const startsAt = fromInputs(date, time);
    if (startsAt === null) return setErrors({ startsAt: 'Pick a date and a time.' });
    const length = minutes.trim() === '' ? null : Number(minutes);
    if (length !== null && (!Number.isFinite(length) || length <= 0 || length > 24 * 60))
      return setErrors({ endsAt: 'Length is minutes, from 1 to 1440.' });
    setBusy(true);
    try {
      await meetings.update(
        env.db,
        meeting.id,
        { title, startsAt, endsAt: length === null ? null : startsAt + length * 60_000, agenda },
        env.now,
      );
      notifyChanged(env);
      onDone();
    } catch (err) {
      if (err instanceof ValidationError)
        setErrors(
          Object.fromEntries(err.problems.map((p) => [p.field.split('.')[0] ?? '', p.message])),
        );
      else setErrors({ '': err instanceof Error ? err.message : String(err) });
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
      <div className="popup-form__row">
        <Field id={`${id}-date`} label="Date">
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            required
            aria-invalid={!!errors.startsAt}
            aria-describedby={describedBy(`${id}-when`, errors.startsAt)}
          />
        </Field>
        <Field id={`${id}-time`} label="Time">
          <input
            id={`${id}-time`}
            type="time"
            value={time}
            onChange={(e) => setTime(e.target.value)}
            required
            aria-invalid={!!errors.startsAt}
            aria-describedby={describedBy(`${id}-when`, errors.startsAt)}
          />
        </Field>
        <Field id={`${id}-minutes`} label="Minutes" className="popup-field--narrow">
          <input
            id={`${id}-minutes`}
            type="number"
            min={1}
            max={1440}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            aria-invalid={!!errors.endsAt}
            aria-describedby={describedBy(`${id}-len`, errors.endsAt)}
          />
        </Field>
      </div>
      {errors.startsAt && (
        <span id={`${id}-when-err`} className="field-error">
          {errors.startsAt}
        </span>
      )}
      {errors.endsAt && (
        <span id={`${id}-len-err`} className="field-error">
          {errors.endsAt}
        </span>
      )}
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
