import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { GoalsSection } from '@/components/panel/GoalsSection';
import { NewsSection } from '@/components/panel/NewsSection';
import { PanelEnvProvider, type PanelEnv } from '@/components/panel/PanelEnv';
import { PromisesSection } from '@/components/panel/PromisesSection';
import { QuestionsSection } from '@/components/panel/QuestionsSection';
import '@/components/panel/panel.css';
import { contacts as contactRepo, listContacts } from '@/lib/db/contacts';
import { customers as customerRepo, deleteCustomer } from '@/lib/db/customers';
import { ValidationError } from '@/lib/db/errors';
import { crmRef, type Contact, type Customer } from '@/lib/db/models';
import { errorText, useWorkspaceEnv } from './env';

/** "a.com, b.com\nc.com" → ['a.com', 'b.com', 'c.com'] */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function fieldMessage(e: unknown, field: string): string | undefined {
  return e instanceof ValidationError ? e.messageFor(field) : undefined;
}

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

function CustomerView({ customer }: { customer: Customer }) {
  const { db, now } = useWorkspaceEnv();
  const panelEnv = useMemo<PanelEnv>(
    () => ({
      db,
      now,
      loadLearn: async () => null,
      send: async () => undefined,
      session: null,
      welcomeUrl: '#welcome',
    }),
    [db, now],
  );
  return (
    <section aria-labelledby="customer-title" className="stack customer-detail">
      <p>
        <a href="#customers">← Customers</a>
      </p>
      <h1 id="customer-title">{customer.name}</h1>
      <PanelEnvProvider env={panelEnv}>
        {/* goals first, as on every screen; then the promises both ways */}
        <div className="panel workspace-panel">
          <GoalsSection customerId={customer.id} now={now()} />
          <PromisesSection customerId={customer.id} meetingId={null} now={now()} />
        </div>
        <CustomerForm customer={customer} />
        <Contacts customerId={customer.id} />
        <CrmLinks customer={customer} />
        <div className="panel workspace-panel">
          <NewsSection customerId={customer.id} />
          <QuestionsSection customerId={customer.id} />
        </div>
      </PanelEnvProvider>
      <DeleteCustomer customer={customer} />
    </section>
  );
}

function CustomerForm({ customer }: { customer: Customer }) {
  const { db, now } = useWorkspaceEnv();
  const id = useId();
  const [name, setName] = useState(customer.name);
  const [domains, setDomains] = useState(customer.domains.join('\n'));
  const [industry, setIndustry] = useState(customer.industry);
  const [about, setAbout] = useState(customer.about);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  // follow changes made elsewhere (an import, the side panel)
  useEffect(() => {
    setName(customer.name);
    setDomains(customer.domains.join('\n'));
    setIndustry(customer.industry);
    setAbout(customer.about);
  }, [customer.updatedAt]); // eslint-disable-line react-hooks/exhaustive-deps

  async function save(e: FormEvent) {
    e.preventDefault();
    try {
      await customerRepo.update(
        db,
        customer.id,
        { name, domains: splitList(domains), industry, about },
        now,
      );
      setError(null);
      setSaved(true);
    } catch (err) {
      setError(err);
      setSaved(false);
    }
  }

  const nameError = fieldMessage(error, 'name');
  const domainsError = fieldMessage(error, 'domains');
  return (
    <form className="card stack" onSubmit={save} aria-label="Customer details">
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => (setName(e.target.value), setSaved(false))}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${id}-name-error` : undefined}
        />
        {nameError && (
          <p id={`${id}-name-error`} className="field-error">
            Name {nameError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-domains`}>Domains (one per line)</label>
        <textarea
          id={`${id}-domains`}
          rows={2}
          value={domains}
          onChange={(e) => (setDomains(e.target.value), setSaved(false))}
          aria-invalid={domainsError ? true : undefined}
          aria-describedby={`${id}-domains-help${domainsError ? ` ${id}-domains-error` : ''}`}
        />
        <p id={`${id}-domains-help`} className="muted small">
          Mail from these domains is recognized as this customer.
        </p>
        {domainsError && (
          <p id={`${id}-domains-error`} className="field-error">
            A domain {domainsError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-industry`}>Industry</label>
        <input
          id={`${id}-industry`}
          value={industry}
          onChange={(e) => (setIndustry(e.target.value), setSaved(false))}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-about`}>About</label>
        <textarea
          id={`${id}-about`}
          rows={3}
          value={about}
          onChange={(e) => (setAbout(e.target.value), setSaved(false))}
        />
      </div>
      <div className="row">
        <button type="submit" className="primary">
          Save
        </button>
        <span role="status" className="muted">
          {saved ? 'Saved' : ''}
        </span>
        {error !== null && !nameError && !domainsError && (
          <p role="alert" className="field-error">
            {errorText(error)}
          </p>
        )}
      </div>
    </form>
  );
}

function CrmLinks({ customer }: { customer: Customer }) {
  const { db, now } = useWorkspaceEnv();
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function setRefs(refs: string[]) {
    try {
      await customerRepo.update(db, customer.id, { crmRefs: refs }, now);
      setError(null);
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  }

  async function add(e: FormEvent) {
    e.preventDefault();
    const parsed = crmRef.safeParse(value);
    if (!parsed.success) {
      setError(
        'Enter a link as system:type:id, like salesforce:Account:001D000000IqhSLIAZ or hubspot:company:5012345678.',
      );
      return;
    }
    if (customer.crmRefs.includes(parsed.data)) return setError('That link is already there.');
    if (await setRefs([...customer.crmRefs, parsed.data])) setValue('');
  }

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>CRM links</h2>
      {customer.crmRefs.length === 0 ? (
        <p className="muted">
          No CRM records linked. The customer’s CRM page is linked when you pick it there.
        </p>
      ) : (
        <ul className="plain-list">
          {customer.crmRefs.map((ref) => (
            <li key={ref} className="row">
              <code>{ref}</code>
              <button
                type="button"
                onClick={() => setRefs(customer.crmRefs.filter((r) => r !== ref))}
                aria-label={`Remove CRM link ${ref}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="row" onSubmit={add}>
        <label htmlFor={`${id}-ref`}>Add a link</label>
        <input
          id={`${id}-ref`}
          value={value}
          placeholder="system:type:id"
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-ref-error` : undefined}
        />
        <button type="submit">Add link</button>
      </form>
      {error && (
        <p id={`${id}-ref-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  );
}

type ContactDraft = { name: string; title: string; emails: string; phone: string };
const emptyContact: ContactDraft = { name: '', title: '', emails: '', phone: '' };

function Contacts({ customerId }: { customerId: string }) {
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

function ContactForm({
  customerId,
  contact,
  onDone,
}: {
  customerId: string;
  contact: Contact | null;
  onDone: () => void;
}) {
  const { db, now } = useWorkspaceEnv();
  const id = useId();
  const [draft, setDraft] = useState<ContactDraft>(
    contact
      ? {
          name: contact.name,
          title: contact.title,
          emails: contact.emails.join(', '),
          phone: contact.phone,
        }
      : emptyContact,
  );
  const [error, setError] = useState<unknown>(null);
  const set = (patch: Partial<ContactDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function save(e: FormEvent) {
    e.preventDefault();
    const input = {
      customerId,
      name: draft.name,
      title: draft.title,
      emails: splitList(draft.emails),
      phone: draft.phone,
    };
    try {
      if (contact) await contactRepo.update(db, contact.id, input, now);
      else await contactRepo.create(db, input, now);
      onDone();
    } catch (err) {
      setError(err);
    }
  }

  const fields: [keyof ContactDraft, string][] = [
    ['name', 'Name'],
    ['title', 'Job title'],
    ['emails', 'Emails (comma-separated)'],
    ['phone', 'Phone'],
  ];
  return (
    <form
      className="stack contact-form"
      onSubmit={save}
      aria-label={contact ? `Edit ${contact.name}` : 'New contact'}
    >
      {fields.map(([field, label]) => {
        const message = fieldMessage(error, field);
        return (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>{label}</label>
            <input
              id={`${id}-${field}`}
              value={draft[field]}
              onChange={(e) => set({ [field]: e.target.value })}
              aria-invalid={message ? true : undefined}
              aria-describedby={message ? `${id}-${field}-error` : undefined}
            />
            {message && (
              <p id={`${id}-${field}-error`} className="field-error">
                {field === 'emails' ? 'An email' : label} {message}
              </p>
            )}
          </div>
        );
      })}
      <div className="row">
        <button type="submit" className="primary">
          {contact ? 'Save contact' : 'Add contact'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      {error !== null && !(error instanceof ValidationError) && (
        <p role="alert" className="field-error">
          {errorText(error)}
        </p>
      )}
    </form>
  );
}

function DeleteCustomer({ customer }: { customer: Customer }) {
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
