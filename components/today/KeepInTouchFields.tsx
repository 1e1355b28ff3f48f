import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { errorText, useWorkspaceEnv } from '@/components/workspace/env';
import { customers } from '@/lib/db/customers';
import type { Customer, Settings } from '@/lib/db/models';
import { getSettings, updateSettings } from '@/lib/db/settings';
import { parseKeepInTouchDays } from '@/lib/touch/parse-interval';

/** One days field with Save, its error beside it and "Saved" announced. */
function DaysForm({
  title,
  label,
  initial,
  placeholder,
  hint,
  save,
}: {
  title: string;
  label: string;
  initial: string;
  placeholder?: string;
  hint: string;
  /** the text typed; returns an error to show, or null when saved */
  save: (text: string) => Promise<string | null>;
}) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problem = await save(text).catch((err: unknown) => errorText(err));
    setError(problem);
    setSaved(problem === null);
  }

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted" id={`${id}-hint`}>
        {hint}
      </p>
      <div className="row">
        <label htmlFor={`${id}-days`}>{label}</label>
        <input
          id={`${id}-days`}
          inputMode="numeric"
          className="narrow"
          value={text}
          placeholder={placeholder}
          onChange={(e) => (setText(e.target.value), setSaved(false))}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
        />
        <button type="submit">Save interval</button>
        <span role="status" className="muted">
          {saved ? 'Saved' : ''}
        </span>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
    </form>
  );
}

/** Settings: the interval of every customer who has none of their own. */
export function KeepInTouchDefault({ settings }: { settings: Settings }) {
  const { db } = useWorkspaceEnv();
  return (
    <DaysForm
      title="Keeping in touch"
      label="Keep in touch with each customer every this many days"
      initial={String(settings.keepInTouchDays)}
      hint="Counted from the last touch: a meeting held, a note, news shared, a promise of ours kept. Past it, Today lists the customer; past twice, it is loud. A customer’s page can set their own."
      save={async (text) => {
        const parsed = parseKeepInTouchDays(text);
        if ('error' in parsed) return parsed.error;
        await updateSettings(db, { keepInTouchDays: parsed.days });
        return null;
      }}
    />
  );
}

/** The customer page: their own interval, blank for the Settings default. */
export function KeepInTouchField({ customer }: { customer: Customer }) {
  const { db, now } = useWorkspaceEnv();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  if (!settings) return null;
  return (
    <DaysForm
      title="Keeping in touch"
      label={`Keep in touch with ${customer.name} every this many days`}
      initial={customer.keepInTouchDays === undefined ? '' : String(customer.keepInTouchDays)}
      placeholder={String(settings.keepInTouchDays)}
      hint={`Leave it blank for your default (${settings.keepInTouchDays} days, in Settings).`}
      save={async (text) => {
        const parsed = parseKeepInTouchDays(text, true);
        if ('error' in parsed) return parsed.error;
        await customers.update(db, customer.id, { keepInTouchDays: parsed.days }, now);
        return null;
      }}
    />
  );
}
