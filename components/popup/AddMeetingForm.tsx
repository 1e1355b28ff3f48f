import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { z } from '@/lib/zod';
import { createMeetingWithChecklist } from '@/lib/db/meetings';
import type { Meeting } from '@/lib/db/models';
import { listTemplates } from '@/lib/db/templates';
import { builtinTemplateId } from '@/lib/readiness/templates';
import { formDraftKey } from '@/lib/session/keys';
import { PastDateConfirm, usePastDateCheck } from '../PastDateConfirm';
import { CUSTOMER_CHOICES, useCustomerChoices } from '../useCustomerChoices';
import { useFormDraft } from '../useFormDraft';
import { usePopupEnv } from './env';
import { Field, describedBy } from './Field';
import { saveErrors } from './save-errors';
import { nextFullHour, readWhen, toDateInput, toTimeInput } from './time';
import { WhenFields } from './WhenFields';

const valuesSchema = z.object({
  query: z.string(),
  customerId: z.string(),
  date: z.string(),
  time: z.string(),
  minutes: z.string(),
  templateId: z.string(),
  title: z.string(),
});

/**
 * Adds a meeting: customer (type to find; the list holds at most
 * CUSTOMER_CHOICES matches, so 10,000 customers cost no more than 50), date and
 * time, length, checklist template, optional title. The checklist is created
 * from the template in the same transaction as the meeting. What was typed is
 * kept as a draft until it is added or closed (Chrome closes the popup on any
 * click outside), and comes back when the form opens again.
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
  const templates = useLiveQuery(() => listTemplates(env.db), [env.db]);
  const draft = useFormDraft({
    key: formDraftKey('add-meeting'),
    schema: valuesSchema,
    initial: () => {
      const start = nextFullHour(env.now());
      return {
        query: '',
        customerId: defaultCustomerId ?? '',
        date: toDateInput(start),
        time: toTimeInput(start),
        minutes: '30',
        templateId: builtinTemplateId('follow-up'),
        title: '',
      };
    },
  });
  const { query, customerId, templateId, title } = draft.values;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const past = usePastDateCheck();

  const setCustomerId = (customerId: string) => draft.set({ customerId });
  const { shown, more } = useCustomerChoices(env.db, query, customerId, setCustomerId);

  const template =
    templates?.find((t) => t.id === templateId) ?? (templateId ? templates?.[0] : undefined);

  async function submit(e: FormEvent) {
    e.preventDefault();
    await save();
  }

  async function save() {
    const customer = customerId ? await env.db.customers.get(customerId) : undefined;
    if (!customer) return setErrors({ customerId: 'Pick the customer.' });
    const read = readWhen(draft.values);
    if (!read.ok) return setErrors(read.errors);
    if (!past.check(read.startsAt, env.now())) return;
    setBusy(true);
    setErrors({});
    try {
      const { meeting } = await createMeetingWithChecklist(
        env.db,
        {
          customerId: customer.id,
          title: title.trim() || `${template ? template.name : 'Meeting'} with ${customer.name}`,
          startsAt: read.startsAt,
          endsAt: read.endsAt,
          templateId: template?.id ?? null,
        },
        template?.items ?? [],
        env.now,
      );
      draft.settle();
      onAdded(meeting);
    } catch (err) {
      setErrors(saveErrors(err));
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
          onChange={(e) => draft.set({ query: e.target.value })}
          placeholder="Type a name"
          autoFocus
          aria-controls={`${id}-customer`}
          aria-describedby={more ? `${id}-find-more` : undefined}
        />
        {more && (
          <span id={`${id}-find-more`} className="muted popup-field__hint">
            Showing the first {CUSTOMER_CHOICES} by name: type more of it to find the others.
          </span>
        )}
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
      <WhenFields
        id={id}
        value={draft.values}
        onChange={(when) => draft.set(when)}
        errors={errors}
      />
      <Field id={`${id}-template`} label="Checklist template">
        <select
          id={`${id}-template`}
          value={template?.id ?? ''}
          onChange={(e) => draft.set({ templateId: e.target.value })}
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
          onChange={(e) => draft.set({ title: e.target.value })}
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
      <PastDateConfirm check={past} onKeep={() => void save()} busy={busy} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          Add meeting
        </button>
        <button
          type="button"
          onClick={() => {
            draft.settle();
            onClose();
          }}
        >
          Close
        </button>
      </div>
    </form>
  );
}
