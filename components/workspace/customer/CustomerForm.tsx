import { useId, useState, type FormEvent } from 'react';
import { z } from '@/lib/zod';
import { useFormDraft } from '@/components/useFormDraft';
import { customers as customerRepo } from '@/lib/db/customers';
import { customerDuplicates, domainLineProblems } from '@/lib/db/duplicates';
import type { Customer } from '@/lib/db/models';
import { changedElsewhereNotice, quoteValue } from '@/lib/forms/changed-fields';
import { fieldMessage } from '@/lib/forms/field-message';
import { splitList } from '@/lib/forms/split-list';
import { DuplicateWarnings, useDuplicateWarnings } from '../DuplicateWarnings';
import { errorText, useWorkspaceEnv } from '../env';

const valuesSchema = z.object({
  name: z.string(),
  domains: z.string(),
  industry: z.string(),
  about: z.string(),
});
type Values = z.infer<typeof valuesSchema>;

const LABELS: Record<keyof Values, string> = {
  name: 'Name',
  domains: 'Domains',
  industry: 'Industry',
  about: 'About',
};

function valuesOf(customer: Customer): Values {
  return {
    name: customer.name,
    domains: customer.domains.join('\n'),
    industry: customer.industry,
    about: customer.about,
  };
}

/**
 * The customer's own details. A change made elsewhere meanwhile (an import, the
 * side panel learning a domain) shows in the fields the seller left alone and is
 * named above the form; what they typed stays, and Save writes only that.
 */
export function CustomerForm({ customer }: { customer: Customer }) {
  const { db, now } = useWorkspaceEnv();
  const id = useId();
  const record = valuesOf(customer);
  const draft = useFormDraft({ key: null, schema: valuesSchema, record });
  const { name, domains, industry, about } = draft.values;
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const notice = changedElsewhereNotice(draft.changedElsewhere, record, draft.changes, LABELS, {
    domains: (d) => (String(d).trim() ? quoteValue(String(d).split('\n').join(', ')) : 'none'),
  });

  const edit = (patch: Partial<Values>) => {
    draft.set(patch);
    setSaved(false);
  };

  async function save(e: FormEvent) {
    e.preventDefault();
    const { changes } = draft;
    try {
      const row = await customerRepo.update(
        db,
        customer.id,
        {
          ...('name' in changes && { name }),
          ...('domains' in changes && { domains: splitList(domains) }),
          ...('industry' in changes && { industry }),
          ...('about' in changes && { about }),
        },
        now,
      );
      draft.settle(valuesOf(row));
      setError(null);
      setSaved(true);
    } catch (err) {
      setError(err);
      setSaved(false);
    }
  }

  const warnings = useDuplicateWarnings(
    () => customerDuplicates(db, { id: customer.id, name, domains: splitList(domains) }),
    [db, customer.id, name, domains],
  );
  const nameWarnings = warnings.filter((w) => w.field === 'name');
  const domainWarnings = warnings.filter((w) => w.field === 'domains');
  // Said while typing, naming the line, rather than "a domain is not valid" after Save.
  const domainLines = domainLineProblems(domains);
  const nameError = fieldMessage(error, 'name');
  const domainsError = domainLines.length ? null : fieldMessage(error, 'domains');
  return (
    <form className="card stack" onSubmit={save} aria-label="Customer details">
      {notice && (
        <p role="status" className="alert-warn">
          {notice}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => edit({ name: e.target.value })}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${id}-name-error` : undefined}
        />
        {nameError && (
          <p id={`${id}-name-error`} className="field-error">
            Name {nameError}
          </p>
        )}
        <DuplicateWarnings id={`${id}-name-warn`} warnings={nameWarnings} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-domains`}>Domains (one per line)</label>
        <textarea
          id={`${id}-domains`}
          rows={2}
          value={domains}
          onChange={(e) => edit({ domains: e.target.value })}
          aria-invalid={domainsError || domainLines.length ? true : undefined}
          aria-describedby={[
            `${id}-domains-help`,
            domainsError ? `${id}-domains-error` : '',
            domainLines.length ? `${id}-domains-lines` : '',
            domainWarnings.length ? `${id}-domains-warn` : '',
          ]
            .filter(Boolean)
            .join(' ')}
        />
        <p id={`${id}-domains-help`} className="muted small">
          Mail from these domains is recognized as this customer.
        </p>
        {domainsError && (
          <p id={`${id}-domains-error`} className="field-error">
            A domain {domainsError}
          </p>
        )}
        {domainLines.length > 0 && (
          <ul id={`${id}-domains-lines`} className="field-error" aria-live="polite">
            {domainLines.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        <DuplicateWarnings id={`${id}-domains-warn`} warnings={domainWarnings} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-industry`}>Industry</label>
        <input
          id={`${id}-industry`}
          value={industry}
          onChange={(e) => edit({ industry: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-about`}>About</label>
        <textarea
          id={`${id}-about`}
          rows={3}
          value={about}
          onChange={(e) => edit({ about: e.target.value })}
        />
      </div>
      <div className="row">
        <button type="submit" className="primary">
          Save
        </button>
        <span role="status" className="muted">
          {saved ? 'Saved' : ''}
        </span>
        {error !== null && !nameError && !domainsError && !domainLines.length && (
          <p role="alert" className="field-error">
            {errorText(error)}
          </p>
        )}
      </div>
    </form>
  );
}
