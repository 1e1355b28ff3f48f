import { Field, describedBy } from './Field';

export type When = { date: string; time: string; minutes: string };

/**
 * Date, time and length of a meeting, with their errors below the row. Shared
 * by the add and edit forms; `errors.startsAt` / `errors.endsAt` come from
 * `readWhen` or the model's validation.
 */
export function WhenFields({
  id,
  value,
  onChange,
  errors,
}: {
  id: string;
  value: When;
  onChange: (next: When) => void;
  errors: Record<string, string>;
}) {
  return (
    <>
      <div className="popup-form__row">
        <Field id={`${id}-date`} label="Date">
          <input
            id={`${id}-date`}
            type="date"
            value={value.date}
            onChange={(e) => onChange({ ...value, date: e.target.value })}
            required
            aria-invalid={!!errors.startsAt}
            aria-describedby={describedBy(`${id}-when`, errors.startsAt)}
          />
        </Field>
        <Field id={`${id}-time`} label="Time">
          <input
            id={`${id}-time`}
            type="time"
            value={value.time}
            onChange={(e) => onChange({ ...value, time: e.target.value })}
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
            value={value.minutes}
            onChange={(e) => onChange({ ...value, minutes: e.target.value })}
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
    </>
  );
}
