import { useLiveQuery } from 'dexie-react-hooks';
import { useWorkspaceEnv } from '../env';
import { CustomerView } from './CustomerView';

export function CustomerDetail({ customerId }: { customerId: string }) {
  const { db } = useWorkspaceEnv();
  const customer = useLiveQuery(
    async () => (await db.customers.get(customerId)) ?? null,
    [db, customerId],
  );
  if (customer === undefined) return <p className="muted">Loading…</p>;
  if (customer === null) {
    return (
      <section className="stack">
        <h1>Customer not found</h1>
        <p>
          This customer does not exist (it may have been deleted).{' '}
          <a href="#customers">Back to customers</a>
        </p>
      </section>
    );
  }
  return <CustomerView customer={customer} />;
}
