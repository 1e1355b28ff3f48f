import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { contacts as contactRepo } from '@/lib/db/contacts';
import { CONTACT_ROLES, type ContactRole } from '@/lib/db/models';
import type { CallprepDB } from '@/lib/db/schema';
import { shortDate } from '@/lib/format/dates';
import { peopleAtAccount } from '@/lib/record/people';

const ROLE_WORDS: Record<ContactRole, string> = {
  'decision-maker': 'Decision maker',
  champion: 'Champion',
  user: 'User',
  finance: 'Finance',
  technical: 'Technical',
  blocker: 'Blocker',
  other: 'Other',
};

/**
 * The people at the account: each contact's role (set here in one change) and
 * when they were last in a meeting, and a warning when the seller has met only
 * one of them in the last 90 days.
 */
export function PeopleAtAccount({
  db,
  customerId,
  now,
}: {
  db: CallprepDB;
  customerId: string;
  now: number;
}) {
  const headingId = useId();
  const data = useLiveQuery(async () => {
    const [contacts, meetings, notes] = await Promise.all([
      db.contacts.where('customerId').equals(customerId).sortBy('name'),
      db.meetings.where('customerId').equals(customerId).toArray(),
      db.notes.where('customerId').equals(customerId).toArray(),
    ]);
    const referrers = [...new Set(contacts.flatMap((c) => (c.referredBy ? [c.referredBy] : [])))];
    const named = (await db.customers.bulkGet(referrers)).filter((c) => c !== undefined);
    return {
      ...peopleAtAccount(contacts, meetings, notes, now),
      referrerNames: new Map(named.map((c) => [c.id, c.name])),
    };
  }, [db, customerId, Math.floor(now / 3_600_000)]);
  if (!data || data.people.length === 0) return null;
  return (
    <section className="people-at-account" aria-labelledby={headingId}>
      <h3 id={headingId}>People at the account</h3>
      {data.singleThreaded && (
        <p className="alert-warn" role="note">
          Single-threaded: only one person at the account was in your meetings in the last 90 days.
        </p>
      )}
      <ul className="plain-list">
        {data.people.map(({ contact, lastTouch }) => (
          <li key={contact.id} className="row">
            <strong>{contact.name}</strong>
            <label>
              <span className="visually-hidden">Role of {contact.name}</span>
              <select
                value={contact.role ?? ''}
                onChange={(e) =>
                  void contactRepo.update(db, contact.id, {
                    role: (e.target.value || undefined) as ContactRole | undefined,
                  })
                }
              >
                <option value="">Role not known</option>
                {CONTACT_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_WORDS[r]}
                  </option>
                ))}
              </select>
            </label>
            {contact.referredBy && data.referrerNames.has(contact.referredBy) && (
              <span className="muted small">
                referred by {data.referrerNames.get(contact.referredBy)}
              </span>
            )}
            <span className="muted small">
              {lastTouch === null ? 'in no meeting yet' : `last met ${shortDate(lastTouch, now)}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
