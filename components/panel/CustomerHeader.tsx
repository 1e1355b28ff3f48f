import { useLiveQuery } from 'dexie-react-hooks';
import type { Customer } from '@/lib/db/models';
import { confidenceInWords } from '@/lib/format/confidence';
import { contactOnPage } from '@/lib/queries/customers';
import { alternativesOf, recognitionOf, type PanelSubject } from '@/lib/panel/resolve-customer';
import { KeepInTouchLine } from '@/components/today/KeepInTouchLine';
import { RelationshipRecord } from '@/components/record/RelationshipRecord';
import { LinkPageButton } from './LinkPageButton';
import { useNow, usePanelEnv } from './PanelEnv';
import { UnmatchedActions } from './UnmatchedActions';

/**
 * Who the panel is about and why: the customer, when we were last in touch, the contact on the page, how
 * the page was recognized (in words), and a way to switch to another customer.
 * With nothing recognized, it says what to do and offers to create or link.
 */
export function CustomerHeader({
  subject,
  customer,
  onPick,
  onLearned,
}: {
  subject: PanelSubject;
  /** the shown customer; undefined while loading or when none */
  customer: Customer | undefined;
  onPick: (customerId: string) => void;
  onLearned: (customerId: string) => void;
}) {
  const { db } = usePanelEnv();
  const now = useNow();
  const recognized = recognitionOf(subject);
  const alternatives = alternativesOf(subject);
  const contactId = recognized?.contactId;
  const signal = subject.signal;
  const contact = useLiveQuery(
    () => (customer ? contactOnPage(db, customer.id, contactId, signal) : Promise.resolve(null)),
    [db, customer?.id, contactId, signal],
  );

  return (
    <header className="panel-header stack" aria-label="Customer">
      {customer ? (
        <div className="stack header-body">
          <h1 className="customer-name">{customer.name}</h1>
          <KeepInTouchLine db={db} customer={customer} now={now} />
          <RelationshipRecord db={db} customerId={customer.id} now={now} />
          {contact && (
            <p className="contact">
              <span className="visually-hidden">Contact on this page: </span>
              <strong>{contact.name}</strong>
              {contact.title && <span className="muted">, {contact.title}</span>}
            </p>
          )}
          <p className="recognition muted">
            {recognized ? (
              <>
                Recognized by {recognized.reason}{' '}
                <span className={`confidence confidence-${recognized.via}`}>
                  ({confidenceInWords(recognized.confidence)})
                </span>
              </>
            ) : (
              'Chosen by you'
            )}
          </p>
          {subject.kind === 'customer' && subject.match?.ambiguous && (
            <p className="alert-warn" role="note">
              This page fits more than one customer equally well. Check it is the right one.
            </p>
          )}
          {subject.kind === 'customer' && subject.signal && !subject.match && (
            <LinkPageButton signal={subject.signal} customer={customer} onLearned={onLearned} />
          )}
          {alternatives.length > 0 && (
            <div
              className="alternatives row"
              aria-label="Other customers this page could be about"
              role="group"
            >
              <span className="muted small">Or:</span>
              {alternatives.slice(0, 3).map((c) => (
                <button
                  key={c.customerId}
                  type="button"
                  className="chip"
                  onClick={() => onPick(c.customerId)}
                  title={`${c.reason} (${confidenceInWords(c.confidence)})`}
                >
                  {c.name} <span className="muted">({confidenceInWords(c.confidence)})</span>
                </button>
              ))}
            </div>
          )}
        </div>
      ) : (
        <div className="stack header-body">
          <h1 className="customer-name">No customer recognized</h1>
          <p className="muted">
            Open a customer in your CRM, an email or a calendar event — or pick one.
          </p>
          {signal && <UnmatchedActions signal={signal} onChosen={onLearned} />}
        </div>
      )}
    </header>
  );
}
