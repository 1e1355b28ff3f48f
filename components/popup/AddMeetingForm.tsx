import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { listCustomers } from '@/lib/db/customers';
import { ValidationError } from '@/lib/db/errors';
import { createMeetingWithChecklist } from '@/lib/db/meetings';
import type { Meeting } from '@/lib/db/models';
import { listTemplates } from '@/lib/db/templates';
import { normalizeCompanyName } from '@/lib/match/normalize';
import { builtinTemplateId } from '@/lib/readiness/templates';
import { notifyChanged, usePopupEnv } from './env';
import { Field, describedBy } from './Field';
import { fromInputs, nextFullHour, toDateInput, toTimeInput } from './time';

/**
 * Adds a meeting: customer (type to narrow the list), date and time, length,
 * checklist template, optional title. The checklist is created from the
 * template in the same transaction as the meeting.
 */
export function AddMeetingForm({
  defaultCustomerId,
  onAdded,
  onClose,
}: {
  defaultCustomerId?: string;
  onAdded: (meeting: Meeting) => void;
  onClose: () => void;
}) {
  const env = usePopupEnv();
  const id = useId();
  const customers = useLiveQuery(() => listCustomers(env.db), [env.db]);
  const templates = useLiveQuery(() => listTemplates(env.db), [env.db]);
  const start = nextFullHour(env.now());
  const [query, setQuery] = useState('');
  const [customerId, setCustomerId] = useState(defaultCustomerId ?? '');
  const [date, setDate] = useState(toDateInput(start));
  const [time, setTime] = useState(toTimeInput(start));
  const [minutes, setMinutes] = useState('30');
  const [templateId, setTemplateId] = useState(builtinTemplateId('follow-up'));
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const shown = useMemo(() => {
    const q = normalizeCompanyName(query);
    const all = customers ?? [];
    const hits = q
      ? all.filter(
          (c) => c.nameKey.includes(q) || c.name.toLowerCase().includes(query.trim().toLowerCase()),
        )
      : all;
    // Keep the chosen customer visible while narrowing.
    const chosen = all.find((c) => c.id === customerId);
    return chosen && !hits.includes(chosen) ? [chosen, ...hits] : hits;
  }, [customers, query, customerId]);

  const template =
    templates?.find((t) => t.id === templateId) ?? (templateId ? templates?.[0] : undefined);

  function onQuery(value: string) {
    setQuery(value);
    // A search that leaves one customer picks it.
    const q = normalizeCompanyName(value);
    const hits = (customers ?? []).filter((c) => q && c.nameKey.includes(q));
    if (hits.length === 1) setCustomerId(hits[0]!.id);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const customer = customers?.find((c) => c.id === customerId);
    if (!customer) return setErrors({ customerId: 'Pick the customer.' });
    const startsAt = fromInputs(date, time);
    if (startsAt === null) return setErrors({ startsAt: 'Pick a date and a time.' });
    const length = Number(minutes);
    if (!Number.isFinite(length) || length <= 0 || length > 24 * 60)
      return setErrors({ endsAt: 'Length is minutes, from 1 to 1440.' });
    setBusy(true);
    setErrors({});
    try {
      const { meeting } = await createMeetingWithChecklist(
        env.db,
        {
          customerId: customer.id,
          title: title.trim() || `${template ? template.name : 'Meeting'} with ${customer.name}`,
          startsAt,
          endsAt: startsAt + length * 60_000,
          templateId: template?.id ?? null,
        },
        template?.items ?? [],
        env.now,
      );
      notifyChanged(env);
      onAdded(meeting);
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
      className="popup-form card stack"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => void submit(e)}
    >
      <h2 id={`${id}-h`}>Add a meeting</h2>
      <Field id={`${id}-find`} label="Find customer">
        <input
          id={`${id}-find`}
          type="search"
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          placeholder="Type a name"
          autoFocus
          aria-controls={`${id}-customer`}
        />
      </Field>
      <Field id={`${id}-customer`} label="Customer" error={errors.customerId}>
        <select
          id={`${id}-customer`}
          value={customerId}
          onChange={(e) => setCustomerId(e.target.value)}
          aria-invalid={!!errors.customerId}
          aria-describedby={describedBy(`${id}-customer`, errors.customerId)}
          required
        >
          <option value="">{shown.length ? 'Choose…' : 'No customer matches'}</option>
          {shown.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
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
      <Field id={`${id}-template`} label="Checklist template">
        <select
          id={`${id}-template`}
          value={template?.id ?? ''}
          onChange={(e) => setTemplateId(e.target.value)}
        >
          {templates?.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
          <option value="">No checklist</option>
        </select>
      </Field>
      <Field
        id={`${id}-title`}
        label={
          <>
            Title <span className="muted">(optional)</span>
          </>
        }
        error={errors.title}
      >
        <input
          id={`${id}-title`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={200}
          placeholder={template ? `${template.name} with …` : 'Meeting with …'}
          aria-invalid={!!errors.title}
          aria-describedby={describedBy(`${id}-title`, errors.title)}
        />
      </Field>
      {errors[''] && (
        <p role="alert" className="field-error">
          {errors['']}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          Add meeting
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </form>
  );
}
