import { useLiveQuery } from 'dexie-react-hooks';
import type { CallprepDB } from '@/lib/db/schema';

/** "Referred by Acme Analytics": who sent us this customer, kept over the years. */
export function ReferredBy({ db, customerId }: { db: CallprepDB; customerId: string }) {
  const by = useLiveQuery(async () => {
    const referredBy = (await db.customers.get(customerId))?.referredBy;
    return referredBy ? ((await db.customers.get(referredBy))?.name ?? null) : null;
  }, [db, customerId]);
  if (!by) return null;
  return <p className="muted small referred-by">Referred by {by}</p>;
}
