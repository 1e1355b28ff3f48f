import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import type { Commitment, Referral } from '@/lib/db/models';
import { addReferral, listReferrals, referrals } from '@/lib/db/referrals';
import type { CallprepDB } from '@/lib/db/schema';
import { shortDate } from '@/lib/format/dates';
import {
  referredBecameWords,
  thankYouPromiseOf,
  thankYouWords,
  type AskSuggestion,
} from '@/lib/record/referrals';
import { ReferredPersonActions } from './ReferredPersonActions';

const KIND_WORDS: Record<Referral['kind'], string> = {
  received: 'Referral received',
  introduction: 'Introduction we made',
  ask: 'We asked for a referral',
};
const OUTCOME_WORDS: Record<string, string> = {
  meeting: 'a meeting',
  customer: 'became a customer',
  'nothing-yet': 'nothing yet',
};
const outcomeWords = (r: Referral) =>
  OUTCOME_WORDS[r.outcome] ?? (r.kind === 'ask' ? `they said: “${r.outcome}”` : r.outcome);

/**
 * The referrals ledger of one customer: whom they sent us, whom we introduced
 * them to, and when we asked (with their answer). Asking is suggested only
 * after value was delivered.
 */
export function ReferralsLedger({
  db,
  customerId,
  now,
  ask,
}: {
  db: CallprepDB;
  customerId: string;
  now: number;
  ask: AskSuggestion;
}) {
  const headingId = useId();
  const data = useLiveQuery(() => loadLedger(db, customerId), [db, customerId]);
  const rows = data?.rows;
  return (
    <section className="referrals-ledger" aria-labelledby={headingId}>
      <h3 id={headingId}>Referrals</h3>
      <p className={ask.suggest ? 'alert-info' : 'muted small'} role="note">
        {ask.suggest
          ? `A good moment to ask for a referral: ${ask.because}.`
          : `Not the moment to ask for a referral: ${ask.because}.`}
      </p>
      {rows && rows.length === 0 && <p className="muted">No referrals yet.</p>}
      {rows && rows.length > 0 && (
        <ul>
          {rows.map((r) => (
            <li key={r.id}>
              <strong>{KIND_WORDS[r.kind]}</strong>
              {r.personName || r.personEmail ? `: ${r.personName || r.personEmail}` : ''},{' '}
              {shortDate(r.at, now)} — {outcomeWords(r)}
              {data && <ReferralFollowUp db={db} referral={r} ledger={data} now={now} />}
              {r.kind !== 'ask' && r.outcome === 'nothing-yet' && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => void referrals.update(db, r.id, { outcome: 'meeting' })}
                  >
                    Led to a meeting
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ReferralForm db={db} customerId={customerId} now={now} />
    </section>
  );
}

type Ledger = {
  rows: Referral[];
  /** customer names by id: the referring customer and those its referrals became */
  names: Map<string, string>;
  /** the account of each contact a referral became, by contact id */
  contactAccounts: Map<string, string>;
  promises: Commitment[];
};

async function loadLedger(db: CallprepDB, customerId: string): Promise<Ledger> {
  const [rows, promises] = await Promise.all([
    listReferrals(db, customerId),
    db.commitments.where('customerId').equals(customerId).toArray(),
  ]);
  const contactIds = rows.flatMap((r) => (r.referredContactId ? [r.referredContactId] : []));
  const contacts = (await db.contacts.bulkGet(contactIds)).filter((c) => c !== undefined);
  const customerIds = [
    customerId,
    ...rows.flatMap((r) => (r.referredCustomerId ? [r.referredCustomerId] : [])),
    ...contacts.map((c) => c.customerId),
  ];
  const customers = (await db.customers.bulkGet(customerIds)).filter((c) => c !== undefined);
  return {
    rows,
    names: new Map(customers.map((c) => [c.id, c.name])),
    contactAccounts: new Map(contacts.map((c) => [c.id, c.customerId])),
    promises,
  };
}

/** After a referral received: whether we thanked them, and what the person became (or the ways to make them something). */
function ReferralFollowUp({
  db,
  referral: r,
  ledger,
  now,
}: {
  db: CallprepDB;
  referral: Referral;
  ledger: Ledger;
  now: number;
}) {
  if (r.kind !== 'received') return null;
  const thanks = thankYouPromiseOf(r, ledger.names.get(r.customerId) ?? '', ledger.promises);
  const thanked = thanks ? thankYouWords(thanks, now) : null;
  const became = referredBecameWords(
    r,
    ledger.names,
    r.referredContactId ? ledger.contactAccounts.get(r.referredContactId) : undefined,
  );
  return (
    <>
      {thanked && (
        <span className="muted">
          {'; '}
          {thanked}
        </span>
      )}
      {became ? (
        <span>
          {'; '}
          {became}
        </span>
      ) : (
        <ReferredPersonActions db={db} referral={r} />
      )}
    </>
  );
}

function ReferralForm({
  db,
  customerId,
  now,
}: {
  db: CallprepDB;
  customerId: string;
  now: number;
}) {
  const id = useId();
  const [kind, setKind] = useState<Referral['kind']>('received');
  const [personName, setPersonName] = useState('');
  const [outcome, setOutcome] = useState('nothing-yet');
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await addReferral(db, {
        customerId,
        kind,
        personName,
        at: now,
        outcome: kind === 'ask' ? answer.trim() || 'nothing-yet' : outcome,
      });
      setPersonName('');
      setAnswer('');
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <form className="referral-form" onSubmit={submit} aria-label="Add to the referrals ledger">
      <label htmlFor={`${id}-kind`}>What happened</label>
      <select
        id={`${id}-kind`}
        value={kind}
        onChange={(e) => setKind(e.target.value as Referral['kind'])}
      >
        <option value="received">They referred someone to us</option>
        <option value="introduction">We introduced them to someone</option>
        <option value="ask">We asked them for a referral</option>
      </select>
      {kind !== 'ask' && (
        <>
          <label htmlFor={`${id}-person`}>Whom</label>
          <input
            id={`${id}-person`}
            value={personName}
            onChange={(e) => setPersonName(e.target.value)}
          />
          <label htmlFor={`${id}-outcome`}>What came of it</label>
          <select id={`${id}-outcome`} value={outcome} onChange={(e) => setOutcome(e.target.value)}>
            <option value="nothing-yet">Nothing yet</option>
            <option value="meeting">A meeting</option>
            <option value="customer">A customer</option>
          </select>
        </>
      )}
      {kind === 'ask' && (
        <>
          <label htmlFor={`${id}-answer`}>Their answer (blank: none yet)</label>
          <input id={`${id}-answer`} value={answer} onChange={(e) => setAnswer(e.target.value)} />
        </>
      )}
      {kind === 'received' && (
        <p className="muted small">Callprep adds a promise of yours to thank them.</p>
      )}
      {error && (
        <p className="alert-warn" role="alert">
          {error}
        </p>
      )}
      <button type="submit">Add</button>
    </form>
  );
}
