/**
 * The stack's floor for "name + first goal visible": a page that does only the
 * least any React + Dexie page must, to show them: load React 19 and Dexie,
 * open the app's database (no schema declared, no app code), read the customer
 * and its goals by index, and render them. first-paint.ts times it
 * beside the side panel, as host-cost.ts times an empty content script.
 */
import Dexie from 'dexie';
import { createRoot } from 'react-dom/client';

const customerId = new URLSearchParams(location.search).get('customer') ?? '';
// The app's database (lib/db/schema.ts DB_NAME).
const dbName = new URLSearchParams(location.search).get('db') ?? 'callprep';

type Goal = { id: string; statement: string };

function Customer({ name, goals }: { name: string; goals: Goal[] }) {
  return (
    <main>
      <h1>{name}</h1>
      <ul>
        {goals.map((g) => (
          <li key={g.id}>{g.statement}</li>
        ))}
      </ul>
    </main>
  );
}

const root = createRoot(document.getElementById('root')!);
const db = new Dexie(dbName);
// No version declared: Dexie opens the existing database as it is and learns its tables.
void db
  .open()
  .then(() =>
    Promise.all([
      db.table('customers').get(customerId),
      db.table('goals').where('customerId').equals(customerId).toArray(),
    ]),
  )
  .then(([customer, goals]: [{ name: string } | undefined, Goal[]]) => {
    root.render(<Customer name={customer?.name ?? 'missing'} goals={goals} />);
  });
