import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { FieldError } from '@/components/customer/FieldError';
import { customerDuplicates } from '@/lib/db/duplicates';
import { getSettings } from '@/lib/db/settings';
import { formErrorsFrom, NO_ERRORS, type FormErrors } from '@/lib/forms/form-errors';
import type { Candidate } from '@/lib/match/types';
import { describeRecord } from '@/lib/match/records';
import type { PageSignal } from '@/lib/recognize/signal';
import { CustomerPicker } from './CustomerPicker';
import { usePanelEnv } from './PanelEnv';
import { LEARN_UNAVAILABLE } from './learn-loader';

/** A first guess at the new customer's name, until the matcher's own suggestion loads. */
export function suggestedName(signal: PageSignal): string {
  const subject = signal.people.find((p) => p.role === 'subject')?.name;
  return (signal.company ?? (signal.view === 'record' ? signal.title : undefined) ?? subject ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

function idOf(result: unknown): string | null {
  if (result && typeof result === 'object' && 'id' in result) {
    const id = (result as { id: unknown }).id;
    if (typeof id === 'string') return id;
  }
  return null;
}

/**
 * The customers whose names are close to the page's but too far to be a match
 * ("Did you mean …?"). Loaded on first use, like learning: the panel's first
 * paint does not pay for the matcher.
 */
async function closeNames(
  db: Parameters<typeof getSettings>[0],
  signal: PageSignal,
): Promise<Candidate[]> {
  const [{ matchWithSuggestions }, { ownDomains, ownEmails }] = await Promise.all([
    import('@/lib/match/match-customer'),
    getSettings(db),
  ]);
  return (await matchWithSuggestions(signal, db, { ownDomains, ownEmails })).suggestions;
}

/**
 * When nothing matched: create a customer from the page (prefilled from what the
 * page shows), link the page to a customer whose name is close ("Did you mean
 * …?", one click), or link it to any customer, so the matcher learns it.
 */
export function UnmatchedActions({
  signal,
  onChosen,
}: {
  signal: PageSignal;
  /** a customer was created or linked: show it, and ask the background to match again */
  onChosen: (customerId: string) => void;
}) {
  const { db, loadLearn } = usePanelEnv();
  const id = useId();
  const [mode, setMode] = useState<'idle' | 'create' | 'link'>('idle');
  const [name, setName] = useState(() => suggestedName(signal));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const [suggestions, setSuggestions] = useState<Candidate[]>([]);
  // A customer already named so (written differently): offer it instead of a second one.
  const sameName = useLiveQuery(
    async () =>
      mode === 'create'
        ? (await customerDuplicates(db, { name })).find((w) => w.existing)?.existing
        : undefined,
    [db, mode, name],
  );

  useEffect(() => {
    let live = true;
    closeNames(db, signal).then(
      (found) => live && setSuggestions(found),
      () => {}, // no suggestions: Create and Link still work
    );
    return () => {
      live = false;
    };
  }, [db, signal]);

  // The matcher knows best what the page's company is called (free mail, own domains…).
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const api = await loadLearn();
        if (!api?.suggestCustomerName) return;
        const { ownDomains, ownEmails } = await getSettings(db);
        const name = api.suggestCustomerName(signal, { ownDomains, ownEmails });
        if (live && name) setName((current) => (touched ? current : name));
      } catch {
        // keep the first guess
      }
    })();
    return () => {
      live = false;
    };
  }, [db, loadLearn, signal, touched]);

  async function learn() {
    const api = await loadLearn();
    if (!api) throw new Error(LEARN_UNAVAILABLE);
    const { ownDomains, ownEmails } = await getSettings(db);
    return { api, own: { ownDomains, ownEmails } };
  }

  async function create(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const { api, own } = await learn();
      // The seller may have corrected the name: it wins over what the page said.
      const result = await api.createCustomerFromSignal(db, signal, { ...own, name });
      const created = idOf(result);
      setDone(`Created ${name.trim()}.`);
      setMode('idle');
      if (created) onChosen(created);
    } catch (error) {
      setErrors(formErrorsFrom(error, { name: 'Name' }));
    } finally {
      setBusy(false);
    }
  }

  async function link(customerId: string, customerName: string) {
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const { api, own } = await learn();
      await api.linkPageToCustomer(db, customerId, signal, own);
      setDone(`Linked to ${customerName}: next time this page opens it directly.`);
      setMode('idle');
      onChosen(customerId);
    } catch (error) {
      setErrors(formErrorsFrom(error, {}));
    } finally {
      setBusy(false);
    }
  }

  const record = signal.record ? describeRecord(signal.record) : null;
  const emails = signal.people.filter((p) => p.email).map((p) => p.email!);

  return (
    <div className="stack unmatched">
      {done && (
        <p role="status" className="alert-good">
          {done}
        </p>
      )}
      {mode === 'idle' && (
        <div className="row">
          <button type="button" className="primary" onClick={() => setMode('create')}>
            Create customer from this page
          </button>
          <button type="button" onClick={() => setMode('link')}>
            Link this page to…
          </button>
          {suggestions.map((s) => (
            <button
              key={s.customerId}
              type="button"
              className="chip"
              disabled={busy}
              title={`Link this page to ${s.name}`}
              onClick={() => void link(s.customerId, s.name)}
            >
              Did you mean {s.name}?
            </button>
          ))}
        </div>
      )}
      {mode === 'create' && (
        <form className="stack card" onSubmit={create} aria-label="Create customer from this page">
          <div className="field">
            <label htmlFor={`${id}-name`}>Customer name</label>
            <input
              id={`${id}-name`}
              value={name}
              autoFocus
              onChange={(e) => {
                setTouched(true);
                setName(e.target.value);
              }}
              aria-invalid={errors.fields.name ? true : undefined}
              aria-describedby={errors.fields.name ? `${id}-name-error` : undefined}
            />
            <FieldError id={`${id}-name-error`} message={errors.fields.name} />
            {sameName && (
              <div className="alert-warn stack" aria-live="polite">
                <span>“{sameName.name}” already exists: the same name, written differently.</span>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void link(sameName.customerId, sameName.name)}
                >
                  Link this page to {sameName.name} instead
                </button>
              </div>
            )}
          </div>
          {(record || emails.length > 0) && (
            <p className="muted small">
              Callprep will remember this page
              {record ? ` (${record})` : ''}
              {emails.length ? ` and ${emails.slice(0, 3).join(', ')}` : ''}.
            </p>
          )}
          <div className="row">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? 'Creating…' : 'Create customer'}
            </button>
            <button type="button" onClick={() => setMode('idle')}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {mode === 'link' && (
        <div className="stack card">
          <CustomerPicker
            label="Link this page to"
            visibleLabel
            placeholder="Type a customer's name"
            autoFocus
            onSelect={link}
          />
          <div className="row">
            <button type="button" onClick={() => setMode('idle')}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {errors.general && (
        <p role="alert" className="field-error">
          {errors.general}
        </p>
      )}
    </div>
  );
}
