import { useId, useState, type FormEvent } from 'react';
import { customers as customerRepo } from '@/lib/db/customers';
import { crmRef, type Customer } from '@/lib/db/models';
import { errorText, useWorkspaceEnv } from '../env';

export function CrmLinks({ customer }: { customer: Customer }) {
  const { db, now } = useWorkspaceEnv();
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function setRefs(refs: string[]) {
    try {
      await customerRepo.update(db, customer.id, { crmRefs: refs }, now);
      setError(null);
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  }

  async function add(e: FormEvent) {
    e.preventDefault();
    const parsed = crmRef.safeParse(value);
    if (!parsed.success) {
      setError(
        'Enter a link as system:type:id, like salesforce:Account:001D000000IqhSLIAZ or hubspot:company:5012345678.',
      );
      return;
    }
    if (customer.crmRefs.includes(parsed.data)) return setError('That link is already there.');
    if (await setRefs([...customer.crmRefs, parsed.data])) setValue('');
  }

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>CRM links</h2>
      {customer.crmRefs.length === 0 ? (
        <p className="muted">
          No CRM records linked. The customer’s CRM page is linked when you pick it there.
        </p>
      ) : (
        <ul className="plain-list">
          {customer.crmRefs.map((ref) => (
            <li key={ref} className="row">
              <code>{ref}</code>
              <button
                type="button"
                onClick={() => setRefs(customer.crmRefs.filter((r) => r !== ref))}
                aria-label={`Remove CRM link ${ref}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="row" onSubmit={add}>
        <label htmlFor={`${id}-ref`}>Add a link</label>
        <input
          id={`${id}-ref`}
          value={value}
          placeholder="system:type:id"
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-ref-error` : undefined}
        />
        <button type="submit">Add link</button>
      </form>
      {error && (
        <p id={`${id}-ref-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  );
}
