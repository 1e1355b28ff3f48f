import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { deleteCustomer } from '@/lib/db/customers';
import type { Customer } from '@/lib/db/models';
import { errorText, useWorkspaceEnv } from '../env';

export function DeleteCustomer({ customer }: { customer: Customer }) {
  const { db } = useWorkspaceEnv();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const counts = useLiveQuery(async () => {
    if (!confirming) return null;
    const where = (t: 'contacts' | 'goals' | 'meetings' | 'commitments' | 'notes') =>
      db.table(t).where('customerId').equals(customer.id).count();
    const [contacts, goals, meetings, commitments, notes] = await Promise.all([
      where('contacts'),
      where('goals'),
      where('meetings'),
      where('commitments'),
      where('notes'),
    ]);
    return { contacts, goals, meetings, commitments, notes };
  }, [db, customer.id, confirming]);

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
        {counts
          ? `This also deletes its ${counts.contacts} contacts, ${counts.goals} goals, ${counts.meetings} meetings, ${counts.commitments} promises and ${counts.notes} notes. It cannot be undone (a backup can bring it back).`
          : 'Counting what goes with it…'}
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
