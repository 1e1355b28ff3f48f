import { describe, expect, it } from 'vitest';
import { commitments } from '@/lib/db/commitments';
import { contacts } from '@/lib/db/contacts';
import {
  countCustomerRows,
  customers,
  deleteCustomer,
  describeCustomerRows,
} from '@/lib/db/customers';
import { goals } from '@/lib/db/goals';
import { createMeetingWithChecklist } from '@/lib/db/meetings';
import { news } from '@/lib/db/news';
import { notes } from '@/lib/db/notes';
import { questions } from '@/lib/db/questions';
import { referrals } from '@/lib/db/referrals';
import { CUSTOMER_TABLE_NAMES } from '@/lib/db/tables';
import { freshDb } from './helpers';

const item = (text: string) => ({ text, section: '', required: false, weight: 1, rule: null });

/** A customer with a known number of rows in every table it owns. */
async function customerWithRows(db: ReturnType<typeof freshDb>, name: string) {
  const c = await customers.create(db, { name });
  const domain = `${name.toLowerCase()}.com`;
  await contacts.create(db, { customerId: c.id, name: 'Ada', emails: [`ada@${domain}`] });
  await contacts.create(db, { customerId: c.id, name: 'Bo', emails: [`bo@${domain}`] });
  await goals.create(db, { customerId: c.id, statement: 'Grow' });
  await createMeetingWithChecklist(db, { customerId: c.id, title: 'Kick-off', startsAt: 1 }, [
    item('a'),
    item('b'),
    item('c'),
  ]);
  await createMeetingWithChecklist(db, { customerId: c.id, title: 'Review', startsAt: 2 }, [
    item('d'),
    item('e'),
  ]);
  await commitments.create(db, { customerId: c.id, text: 'Send', owner: 'us' });
  await news.create(db, { customerId: c.id, text: 'Launch' });
  await questions.create(db, { customerId: c.id, text: 'Who signs?' });
  await questions.create(db, { customerId: c.id, text: 'When?' });
  await referrals.create(db, { customerId: c.id, kind: 'introduction', at: 3 });
  return c;
}

describe('countCustomerRows', () => {
  it('counts every table the customer owns, checklist items through its meetings', async () => {
    const db = freshDb();
    const acme = await customerWithRows(db, 'Acme');
    const other = await customerWithRows(db, 'Other');
    await notes.create(db, { customerId: other.id, body: 'only theirs' });

    const counts = await countCustomerRows(db, acme.id);
    expect(counts.map((c) => c.table)).toEqual(CUSTOMER_TABLE_NAMES);
    expect(counts.map((c) => c.text)).toEqual([
      '2 contacts',
      '1 goal',
      '2 meetings',
      '5 checklist items',
      '1 promise',
      '0 notes',
      '1 news item',
      '2 questions',
      '1 referral',
    ]);
    expect(describeCustomerRows(counts)).toBe(
      '2 contacts, 1 goal, 2 meetings, 5 checklist items, 1 promise, 0 notes, 1 news item, 2 questions and 1 referral',
    );
    expect((await countCustomerRows(db, other.id)).find((c) => c.table === 'notes')?.count).toBe(1);
  });

  it('counts exactly what deleting the customer deletes', async () => {
    const db = freshDb();
    const acme = await customerWithRows(db, 'Acme');
    await customerWithRows(db, 'Other');
    const counts = await countCustomerRows(db, acme.id);
    const before = await Promise.all(counts.map((c) => db.table(c.table).count()));
    await deleteCustomer(db, acme.id);
    const after = await Promise.all(counts.map((c) => db.table(c.table).count()));
    expect(before.map((n, i) => n - after[i]!)).toEqual(counts.map((c) => c.count));
    expect((await countCustomerRows(db, acme.id)).map((c) => c.count)).toEqual(counts.map(() => 0));
  });
});

describe('describeCustomerRows', () => {
  it('joins one, two and more counts the way a sentence does', () => {
    const row = (text: string) => ({ table: 'goals' as const, count: 1, text });
    expect(describeCustomerRows([])).toBe('');
    expect(describeCustomerRows([row('1 goal')])).toBe('1 goal');
    expect(describeCustomerRows([row('1 goal'), row('2 notes')])).toBe('1 goal and 2 notes');
    expect(describeCustomerRows([row('a'), row('b'), row('c')])).toBe('a, b and c');
  });
});
