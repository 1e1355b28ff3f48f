import { useEffect, useId, useState, type FormEvent } from 'react';
import { customers as customerRepo } from '@/lib/db/customers';
import type { Customer } from '@/lib/db/models';
import { fieldMessage } from '@/lib/forms/field-message';
import { splitList } from '@/lib/forms/split-list';
import { errorText, useWorkspaceEnv } from '../env';

export function CustomerForm({ customer }: { customer: Customer }) {
  const { db, now } = useWorkspaceEnv();
  const id = useId();
  const [name, setName] = useState(customer.name);
  const [domains, setDomains] = useState(customer.domains.join('\n'));
  const [industry, setIndustry] = useState(customer.industry);
  const [about, setAbout] = useState(customer.about);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  // follow changes made elsewhere (an import, the side panel)
  useEffect(() => {
    setName(customer.name);
    setDomains(customer.domains.join('\n'));
    setIndustry(customer.industry);
    setAbout(customer.about);
  }, [customer.updatedAt]); // eslint-disable-line react-hooks/exhaustive-deps

  async function save(e: FormEvent) {
    e.preventDefault();
    try {
      await customerRepo.update(
        db,
        customer.id,
        { name, domains: splitList(domains), industry, about },
        now,
      );
      setError(null);
      setSaved(true);
    } catch (err) {
      setError(err);
      setSaved(false);
    }
  }

  const nameError = fieldMessage(error, 'name');
  const domainsError = fieldMessage(error, 'domains');
  return (
    <form className="card stack" onSubmit={save} aria-label="Customer details">
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => (setName(e.target.value), setSaved(false))}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${id}-name-error` : undefined}
        />
        {nameError && (
          <p id={`${id}-name-error`} className="field-error">
            Name {nameError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-domains`}>Domains (one per line)</label>
        <textarea
          id={`${id}-domains`}
          rows={2}
          value={domains}
          onChange={(e) => (setDomains(e.target.value), setSaved(false))}
          aria-invalid={domainsError ? true : undefined}
          aria-describedby={`${id}-domains-help${domainsError ? ` ${id}-domains-error` : ''}`}
        />
        <p id={`${id}-domains-help`} className="muted small">
          Mail from these domains is recognized as this customer.
        </p>
        {domainsError && (
          <p id={`${id}-domains-error`} className="field-error">
            A domain {domainsError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-industry`}>Industry</label>
        <input
          id={`${id}-industry`}
          value={industry}
          onChange={(e) => (setIndustry(e.target.value), setSaved(false))}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-about`}>About</label>
        <textarea
          id={`${id}-about`}
          rows={3}
          value={about}
          onChange={(e) => (setAbout(e.target.value), setSaved(false))}
        />
      </div>
      <div className="row">
        <button type="submit" className="primary">
          Save
        </button>
        <span role="status" className="muted">
          {saved ? 'Saved' : ''}
        </span>
        {error !== null && !nameError && !domainsError && (
          <p role="alert" className="field-error">
            {errorText(error)}
          </p>
        )}
      </div>
    </form>
  );
}
