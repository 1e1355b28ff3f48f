import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import type { Customer } from '@/lib/db/models';
import type { CallprepDB } from '@/lib/db/schema';
import { searchCustomers } from '@/lib/queries/customers';

/** At most this many customers are listed: type to find any of 10,000. */
export const CUSTOMER_CHOICES = 50;

/**
 * The customers a "pick the customer" select offers for what the seller typed:
 * at most CUSTOMER_CHOICES by name (so 10,000 customers cost no more than 50),
 * plus the chosen one, kept visible while the seller narrows. A query that
 * leaves exactly one customer picks it, once per query, so the seller can undo it;
 * one that leaves none unpicks.
 */
export function useCustomerChoices(
  db: CallprepDB,
  query: string,
  chosenId: string,
  pick: (customerId: string) => void,
): { shown: Customer[]; more: boolean } {
  // Each result says which query it answers (useLiveQuery keeps the previous one meanwhile).
  const found = useLiveQuery(async () => {
    const [rows, chosen] = await Promise.all([
      searchCustomers(db, query, CUSTOMER_CHOICES + 1),
      chosenId ? db.customers.get(chosenId) : undefined,
    ]);
    return {
      query,
      rows: rows.slice(0, CUSTOMER_CHOICES),
      more: rows.length > CUSTOMER_CHOICES,
      chosen,
    };
  }, [db, query, chosenId]);

  const autoPicked = useRef<string | null>(null);
  const current = !!found && found.query === query;
  // A search that finds nobody must not leave the earlier pick listed (and
  // submitted) as if it matched: the select says "No customer matches" and is empty.
  const nobody = current && !!query.trim() && found.rows.length === 0;
  useEffect(() => {
    if (nobody && chosenId) pick('');
  }, [nobody, chosenId, pick]);
  useEffect(() => {
    if (!found || found.query !== query || !query.trim() || autoPicked.current === query) return;
    if (found.rows.length !== 1) return;
    autoPicked.current = query;
    pick(found.rows[0]!.id);
  }, [found, query, pick]);

  const hits = found?.rows ?? [];
  const chosen = nobody ? undefined : found?.chosen;
  const shown = chosen && !hits.some((c) => c.id === chosen.id) ? [chosen, ...hits] : hits;
  return { shown, more: found?.more ?? false };
}
