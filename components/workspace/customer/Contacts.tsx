import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { contacts as contactRepo, listContacts } from '@/lib/db/contacts';
import { useWorkspaceEnv } from '../env';
import { ContactForm } from './ContactForm';

export function Contacts({ customerId }: { customerId: string }) {
  const { db } = useWorkspaceEnv();
  const id = useId();
  const rows = useLiveQuery(() => listContacts(db, customerId), [db, customerId]);
  const [editing, setEditing] = useState<string | 'new' | null>(null);

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <div className="row">
        <h2 id={`${id}-title`}>Contacts</h2>
        <button type="button" onClick={() => setEditing('new')} disabled={editing === 'new'}>
          Add contact
        </button>
      </div>
      {editing === 'new' && (
        <ContactForm customerId={customerId} contact={null} onDone={() => setEditing(null)} />
      )}
      {rows === undefined ? (
        <p className="muted">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="muted">No contacts yet.</p>
      ) : (
        <ul className="plain-list stack">
          {rows.map((c) =>
            editing === c.id ? (
              <li key={c.id}>
                <ContactForm customerId={customerId} contact={c} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={c.id} className="row contact-row">
                <span>
                  <strong>{c.name}</strong>
                  {c.title && <span className="muted"> · {c.title}</span>}
                  {c.emails.length > 0 && <span className="muted"> · {c.emails.join(', ')}</span>}
                </span>
                <button
                  type="button"
                  onClick={() => setEditing(c.id)}
                  aria-label={`Edit ${c.name}`}
                >
                  Edit
                </button>
                <button
                  type="button"
                  onClick={() => contactRepo.remove(db, c.id)}
                  aria-label={`Remove ${c.name}`}
                >
                  Remove
                </button>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}
