import { useLiveQuery } from 'dexie-react-hooks';
import type { Customer } from '@/lib/db/models';
import type { CallprepDB } from '@/lib/db/schema';
import { keepInTouchWarning, lastTouchWords } from '@/lib/touch/keep-in-touch';
import { loadKeepInTouch } from '@/lib/touch/load';
import './today.css';

/**
 * "last touch 12 days ago" under the customer's name; past the interval it says
 * so, past twice the interval it is loud — in words, not only in colour.
 */
export function KeepInTouchLine({
  db,
  customer,
  now,
}: {
  db: CallprepDB;
  customer: Pick<Customer, 'id' | 'createdAt' | 'keepInTouchDays'>;
  now: number;
}) {
  const k = useLiveQuery(
    () => loadKeepInTouch(db, customer, now),
    [db, customer.id, customer.createdAt, customer.keepInTouchDays, now],
  );
  if (!k) return null;
  const warning = keepInTouchWarning(k);
  return (
    <p className={`keep-in-touch keep-in-touch-${k.level}`} data-level={k.level}>
      <span>{lastTouchWords(k)}</span>
      {warning && (
        <>
          {' '}
          <strong className="keep-in-touch-warning">{warning}</strong>
        </>
      )}
    </p>
  );
}
