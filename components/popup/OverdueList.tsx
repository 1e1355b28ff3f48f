import type { Commitment, Customer } from '@/lib/db/models';
import { relativeWords } from '@/lib/readiness/time-words';
import { usePopupEnv } from './env';

/** Our overdue promises: the loudest thing Callprep shows, above everything else. */
export function OverdueList({
  rows,
  customers,
  now,
}: {
  rows: Commitment[];
  customers: Map<string, Customer>;
  now: number;
}) {
  const env = usePopupEnv();
  if (rows.length === 0) return null;
  return (
    <section className="overdue alert-danger" aria-labelledby="overdue-h">
      <h2 id="overdue-h">
        {rows.length === 1
          ? 'A promise of yours is overdue'
          : `${rows.length} promises of yours are overdue`}
      </h2>
      <ul className="overdue__list">
        {rows.map((c) => (
          <li key={c.id}>
            <span className="overdue__text">“{c.text}”</span>{' '}
            <span className="overdue__meta">
              to {customers.get(c.customerId)?.name ?? 'a customer'}, due{' '}
              {relativeWords(c.dueAt!, now)}
            </span>{' '}
            <button
              type="button"
              className="link"
              onClick={() => void env.openPanel({ customerId: c.customerId, at: env.now() })}
              aria-label={`Open ${customers.get(c.customerId)?.name ?? 'customer'} in the side panel`}
            >
              Open
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
