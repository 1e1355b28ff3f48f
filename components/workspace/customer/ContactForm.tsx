import { useId, useState, type FormEvent } from 'react';
import { z } from '@/lib/zod';
import { useFormDraft } from '@/components/useFormDraft';
import { contacts as contactRepo } from '@/lib/db/contacts';
import { contactEmailDuplicates } from '@/lib/db/duplicates';
import { ValidationError } from '@/lib/db/errors';
import type { Contact } from '@/lib/db/models';
import { changedElsewhereNotice } from '@/lib/forms/changed-fields';
import { fieldMessage } from '@/lib/forms/field-message';
import { splitList } from '@/lib/forms/split-list';
import { DuplicateWarnings, useDuplicateWarnings } from '../DuplicateWarnings';
import { errorText, useWorkspaceEnv } from '../env';

const draftSchema = z.object({
  name: z.string(),
  title: z.string(),
  emails: z.string(),
  phone: z.string(),
});
type ContactDraft = z.infer<typeof draftSchema>;
const emptyContact: ContactDraft = { name: '', title: '', emails: '', phone: '' };

const draftOf = (contact: Contact): ContactDraft => ({
  name: contact.name,
  title: contact.title,
  emails: contact.emails.join(', '),
  phone: contact.phone,
});

const LABELS: Record<keyof ContactDraft, string> = {
  name: 'Name',
  title: 'Job title',
  emails: 'Emails',
  phone: 'Phone',
};

/**
 * Adds or edits a contact. Editing saves only the fields the seller changed (an
 * email learned from a page meanwhile stays) and says what changed elsewhere.
 */
export function ContactForm({
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
  const record = contact ? draftOf(contact) : undefined;
  const form = useFormDraft({
    key: null,
    schema: draftSchema,
    initial: () => emptyContact,
    record,
  });
  const draft = form.values;
  const [error, setError] = useState<unknown>(null);
  const set = (patch: Partial<ContactDraft>) => form.set(patch);
  const notice = record
    ? changedElsewhereNotice(form.changedElsewhere, record, form.changes, LABELS)
    : null;

  const emailWarnings = useDuplicateWarnings(
    () =>
      contactEmailDuplicates(db, {
        contactId: contact?.id,
        customerId,
        emails: splitList(draft.emails),
      }),
    [db, contact?.id, customerId, draft.emails],
  );

  async function save(e: FormEvent) {
    e.preventDefault();
    const input = {
      customerId,
      name: draft.name,
      title: draft.title,
      emails: splitList(draft.emails),
      phone: draft.phone,
    };
    const patch = Object.fromEntries(
      Object.keys(form.changes).map((field) => [field, input[field as keyof ContactDraft]]),
    );
    try {
      if (contact) await contactRepo.update(db, contact.id, patch, now);
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
      {notice && (
        <p role="status" className="alert-warn">
          {notice}
        </p>
      )}
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
            {field === 'emails' && (
              <DuplicateWarnings id={`${id}-emails-warn`} warnings={emailWarnings} />
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
