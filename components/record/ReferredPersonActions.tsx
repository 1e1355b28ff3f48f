import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { listCustomers } from '@/lib/db/customers';
import type { Referral } from '@/lib/db/models';
import { addReferredContact, makeReferredCustomer } from '@/lib/db/referrals';
import type { CallprepDB } from '@/lib/db/schema';

type Open = 'none' | 'contact' | 'customer';

/**
 * A received referral's person joins Callprep: as a contact at the referring
 * customer's account (or another), or as a new customer; both keep "referred
 * by" so the record shows who sent whom.
 */
export function ReferredPersonActions({ db, referral }: { db: CallprepDB; referral: Referral }) {
  const [open, setOpen] = useState<Open>('none');
  const who = referral.personName || referral.personEmail;
  if (!who) return null;
  return (
    <span className="referred-actions">
      {open === 'none' && (
        <>
          {' '}
          <button type="button" className="link-button" onClick={() => setOpen('contact')}>
            Add as contact
          </button>{' '}
          <button type="button" className="link-button" onClick={() => setOpen('customer')}>
            Make a customer
          </button>
        </>
      )}
      {open === 'contact' && (
        <AddAsContactForm db={db} referral={referral} who={who} onDone={() => setOpen('none')} />
      )}
      {open === 'customer' && (
        <MakeCustomerForm db={db} referral={referral} who={who} onDone={() => setOpen('none')} />
      )}
    </span>
  );
}

type FormProps = { db: CallprepDB; referral: Referral; who: string; onDone: () => void };

function useSubmit(run: () => Promise<unknown>, onDone: () => void) {
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await run();
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return { error, submit };
}

function AddAsContactForm({ db, referral, who, onDone }: FormProps) {
  const id = useId();
  const accounts = useLiveQuery(() => listCustomers(db), [db]);
  const [customerId, setCustomerId] = useState(referral.customerId);
  const { error, submit } = useSubmit(
    () => addReferredContact(db, referral.id, customerId),
    onDone,
  );
  return (
    <form className="referred-form" onSubmit={submit} aria-label={`Add ${who} as a contact`}>
      <label htmlFor={`${id}-account`}>At which account</label>
      <select
        id={`${id}-account`}
        value={customerId}
        onChange={(e) => setCustomerId(e.target.value)}
      >
        {(accounts ?? []).map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <FormEnd error={error} submit="Add contact" onCancel={onDone} />
    </form>
  );
}

function MakeCustomerForm({ db, referral, who, onDone }: FormProps) {
  const id = useId();
  const [name, setName] = useState('');
  const { error, submit } = useSubmit(() => makeReferredCustomer(db, referral.id, name), onDone);
  return (
    <form className="referred-form" onSubmit={submit} aria-label={`Make ${who} a customer`}>
      <label htmlFor={`${id}-name`}>{who}’s company</label>
      <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
      <FormEnd error={error} submit="Create customer" onCancel={onDone} />
    </form>
  );
}

function FormEnd({
  error,
  submit,
  onCancel,
}: {
  error: string | null;
  submit: string;
  onCancel: () => void;
}) {
  return (
    <>
      {error && (
        <p className="alert-warn" role="alert">
          {error}
        </p>
      )}
      <span className="row">
        <button type="submit">{submit}</button>
        <button type="button" className="link-button" onClick={onCancel}>
          Cancel
        </button>
      </span>
    </>
  );
}
