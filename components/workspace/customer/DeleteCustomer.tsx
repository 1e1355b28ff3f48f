import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { countCustomerRows, deleteCustomer, describeCustomerRows } from '@/lib/db/customers';
import type { Customer } from '@/lib/db/models';
import { errorText, useWorkspaceEnv } from '../env';

export function DeleteCustomer({ customer }: { customer: Customer }) {
  const { db } = useWorkspaceEnv();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Every table the customer owns (lib/db/tables.ts), so the sentence cannot leave one out.
  const counts = useLiveQuery(
    async () => (confirming ? countCustomerRows(db, customer.id) : null),
    [db, customer.id, confirming],
  );
  const goes = counts?.filter((c) => c.count > 0) ?? [];

  async function remove() {
    try {
      await deleteCustomer(db, customer.id);
      location.hash = '#customers';
    } catch (e) {
      setError(errorText(e));
    }
  }

  if (!confirming) {
    return (
      <div className="row">
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Delete customer
        </button>
      </div>
    );
  }
  return (
    <div
      role="alertdialog"
      aria-labelledby="delete-title"
      aria-describedby="delete-what"
      className="card stack danger-zone"
    >
      <h2 id="delete-title">Delete {customer.name}?</h2>
      <p id="delete-what">
        {!counts
          ? 'Counting what goes with it…'
          : `${goes.length ? `This also deletes its ${describeCustomerRows(goes)}.` : 'Nothing else is stored under it.'} It cannot be undone (a backup can bring it back).`}
      </p>
      <div className="row">
        <button type="button" className="danger" onClick={remove}>
          Delete for good
        </button>
        <button type="button" autoFocus onClick={() => setConfirming(false)}>
          Keep it
        </button>
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
