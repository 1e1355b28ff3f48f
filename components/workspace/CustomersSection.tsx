import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useId, useMemo, useState, type FormEvent } from 'react';
import { customers as customerRepo } from '@/lib/db/customers';
import { customerDuplicates } from '@/lib/db/duplicates';
import { ValidationError } from '@/lib/db/errors';
import type { Customer } from '@/lib/db/models';
import { foldText } from '@/lib/match/normalize';
import { CustomerDetail } from './customer/CustomerDetail';
import { DuplicateWarnings, useDuplicateWarnings } from './DuplicateWarnings';
import { errorText, useWorkspaceEnv } from './env';
import { VirtualList } from './VirtualList';

export type CustomerSort = 'name' | 'name-desc' | 'updated';

type Row = { customer: Customer; key: string };

/** Folded name and domains, for a search that ignores case and accents. */
function searchKey(c: Customer): string {
  return `${foldText(c.name)} ${c.domains.join(' ')}`;
}

/** Customers matching every word of the query, in the chosen order. */
export function filterCustomers(rows: Row[], query: string, sort: CustomerSort): Customer[] {
  const words = foldText(query).split(' ').filter(Boolean);
  const hits = words.length
    ? rows.filter((r) => words.every((w) => r.key.includes(w)))
    : rows.slice();
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  hits.sort((a, b) =>
    sort === 'updated'
      ? b.customer.updatedAt - a.customer.updatedAt
      : collator.compare(a.customer.name, b.customer.name) * (sort === 'name-desc' ? -1 : 1),
  );
  return hits.map((r) => r.customer);
}

export function CustomersSection({ customerId }: { customerId: string | null }) {
  return customerId ? <CustomerDetail customerId={customerId} /> : <CustomerList />;
}

const ROW_HEIGHT = 48;

function CustomerList() {
  const { db, now } = useWorkspaceEnv();
  const id = useId();
  const all = useLiveQuery(async () => {
    const rows = await db.customers.toArray();
    return rows.map((customer): Row => ({ customer, key: searchKey(customer) }));
  }, [db]);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<CustomerSort>('name');
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(
    () => (all ? filterCustomers(all, deferredQuery, sort) : []),
    [all, deferredQuery, sort],
  );
  const [newName, setNewName] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const addWarnings = useDuplicateWarnings(
    () => customerDuplicates(db, { name: newName }),
    [db, newName],
  );

  async function add(e: FormEvent) {
    e.preventDefault();
    try {
      const created = await customerRepo.create(db, { name: newName }, now);
      setNewName('');
      setAddError(null);
      location.hash = `#customers/${created.id}`;
    } catch (err) {
      setAddError(
        err instanceof ValidationError ? `Name ${err.messageFor('name')}` : errorText(err),
      );
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="stack">
      <div className="row">
        <h1 id={`${id}-title`}>Customers</h1>
        {all && (
          <span className="muted" aria-live="polite">
            {shown.length === all.length
              ? `${all.length.toLocaleString()} customers`
              : `${shown.length.toLocaleString()} of ${all.length.toLocaleString()}`}
          </span>
        )}
      </div>
      <div className="row">
        <label htmlFor={`${id}-search`} className="visually-hidden">
          Search customers
        </label>
        <input
          id={`${id}-search`}
          type="search"
          placeholder="Search by name or domain"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          className="grow"
        />
        <label htmlFor={`${id}-sort`}>Sort</label>
        <select
          id={`${id}-sort`}
          value={sort}
          onChange={(e) => setSort(e.target.value as CustomerSort)}
        >
          <option value="name">Name A–Z</option>
          <option value="name-desc">Name Z–A</option>
          <option value="updated">Recently changed</option>
        </select>
      </div>
      {all === undefined ? (
        <p className="muted">Loading customers…</p>
      ) : all.length === 0 ? (
        <p className="muted">
          No customers yet. Add one below, <a href="#data">import a CSV export</a> from your CRM, or{' '}
          <a href="#welcome">load the sample workspace</a>.
        </p>
      ) : shown.length === 0 ? (
        <p className="muted">No customer matches “{query}”.</p>
      ) : (
        <VirtualList
          label="Customers"
          items={shown}
          rowHeight={ROW_HEIGHT}
          height={Math.min(560, shown.length * ROW_HEIGHT)}
          getKey={(c) => c.id}
          resetKey={`${deferredQuery}|${sort}`}
          renderRow={(c) => (
            <a className="customer-row" href={`#customers/${c.id}`}>
              <span className="customer-row-name">{c.name}</span>
              <span className="muted customer-row-detail">
                {c.domains.slice(0, 3).join(', ')}
                {c.sample ? ' · sample' : ''}
              </span>
            </a>
          )}
        />
      )}
      <form className="row" onSubmit={add} aria-label="Add a customer">
        <label htmlFor={`${id}-new`}>New customer</label>
        <input
          id={`${id}-new`}
          value={newName}
          onChange={(e) => setNewName(e.target.value)}
          placeholder="Company name"
          aria-invalid={addError ? true : undefined}
          aria-describedby={
            [addError ? `${id}-new-error` : '', addWarnings.length ? `${id}-new-warn` : '']
              .filter(Boolean)
              .join(' ') || undefined
          }
        />
        <button type="submit">Add customer</button>
        {addError && (
          <p id={`${id}-new-error`} role="alert" className="field-error">
            {addError}
          </p>
        )}
        <DuplicateWarnings id={`${id}-new-warn`} warnings={addWarnings} />
      </form>
    </section>
  );
}
