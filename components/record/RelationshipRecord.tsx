import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import type { CallprepDB } from '@/lib/db/schema';
import { loadCustomerRecord } from '@/lib/record/load';
import { recordWords } from '@/lib/record/words';
import { PeopleAtAccount } from './PeopleAtAccount';
import { ReferralsLedger } from './ReferralsLedger';
import { ReferredBy } from './ReferredBy';
import './record.css';

/**
 * The relationship record of one customer, each component with its numbers
 * (never one score). `full` (the workspace's customer page) adds the referrals
 * ledger and the people at the account; the side panel's header shows the numbers only.
 */
export function RelationshipRecord({
  db,
  customerId,
  now,
  full = false,
}: {
  db: CallprepDB;
  customerId: string;
  now: number;
  full?: boolean;
}) {
  const headingId = useId();
  // The record moves by days, not seconds: recompute per minute of the clock.
  const minute = Math.floor(now / 60_000);
  const data = useLiveQuery(
    () => loadCustomerRecord(db, customerId, minute * 60_000),
    [db, customerId, minute],
  );
  if (!data) return null;
  return (
    // Part of the customer header, not a section of the page: goals stay the first section.
    <div role="region" className="relationship-record" aria-labelledby={headingId}>
      {/* A label, not a heading: the page's headings are its sections, goals first. */}
      <p id={headingId} className="record-title">
        Your record, last 12 months
      </p>
      <ReferredBy db={db} customerId={customerId} />
      <dl className="record-list">
        {recordWords(data.record).map(({ label, value }) => (
          <div key={label} className="record-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {full && <ReferralsLedger db={db} customerId={customerId} now={now} ask={data.ask} />}
      {full && <PeopleAtAccount db={db} customerId={customerId} now={now} />}
    </div>
  );
}
