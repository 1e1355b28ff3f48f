import { describe, expect, it } from 'vitest';
import { CallprepDB } from '@/lib/db/schema';
import { matchCustomer } from '@/lib/match/match-customer';
import {
  customerNames,
  forgetCustomerNames,
  recheckCustomerNames,
  storeSnapshot,
} from '@/lib/match/names/load';
import {
  asJournal,
  closeNamesDb,
  JOURNAL_KEY,
  namesDb,
  PENDING_KEY,
  pendingWrites,
} from '@/lib/match/names/records';
import { customerNamesJournal, journalSettled } from '@/lib/match/names/track';
import { addCustomer, bulkCustomers, signal, testDb } from './helpers';

const none = { ownDomains: [] };
const page = (company: string) => signal({ site: 'linkedin', view: 'profile', company });

async function until(what: () => Promise<boolean>): Promise<void> {
  for (let i = 0; !(await what()); i++) {
    if (i === 100) throw new Error('still not so after 2 s');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A database whose names are stored as a snapshot with an empty journal. */
async function stored(name: string): Promise<CallprepDB> {
  const db = testDb(name);
  await db.transaction('rw', db.customers, () =>
    bulkCustomers(db, 50, (i) => ({ id: `p${i}`, name: `Pending ${i} Freight` })),
  );
  const index = await customerNames(db);
  expect(await storeSnapshot(db, index, index.gen)).toBe(true);
  return db;
}

/** A customer written as a page that stopped before its journal append would leave it. */
async function lostWrite(name: string, id: string, customerName: string): Promise<void> {
  const other = new CallprepDB(name);
  other.unuse({ stack: 'dbcore', name: customerNamesJournal.name! });
  await bulkCustomers(other, 1, () => ({ id, name: customerName }));
  other.close();
}

/** A new connection and no names in memory: a service worker woken cold. */
function cold(db: CallprepDB, name: string): void {
  forgetCustomerNames(db);
  closeNamesDb(name);
}

describe('fuzzy names: writes whose journal append never landed', () => {
  it('clears the pending mark of each write once it is journaled, or aborted', async () => {
    const name = 'test-' + crypto.randomUUID();
    const db = testDb(name);
    await addCustomer(db, { name: 'Marked Shipping' });
    await db
      .transaction('rw', db.customers, async () => {
        await bulkCustomers(db, 1, () => ({ id: 'x', name: 'Aborted Shipping' }));
        throw new Error('abort');
      })
      .catch(() => {});
    await journalSettled(name);
    expect(pendingWrites(await namesDb(name).names.get(PENDING_KEY))).toEqual({});
  });

  it('a write left pending by a page that stopped: the cold start counts and reads the table', async () => {
    const name = 'test-' + crypto.randomUUID();
    const db = await stored(name);
    await namesDb(name).names.put({ key: PENDING_KEY, writes: { stopped: Date.now() } });
    await lostWrite(name, 'late', 'Zanzibar Couriers');
    cold(db, name);
    expect(await matchCustomer(page('Zanzibar Courers'), db, none)).toMatchObject({
      customerId: 'late',
    });
  });

  it('a write lost before even its pending mark landed: found from the next match on', async () => {
    const name = 'test-' + crypto.randomUUID();
    const db = await stored(name);
    await lostWrite(name, 'late', 'Zanzibar Couriers');
    cold(db, name);
    await matchCustomer(page('Pending 2 Frieght'), db, none);
    // The count after the match disagrees: the journal is marked as having lost track.
    await recheckCustomerNames(db);
    expect(asJournal(await namesDb(name).names.get(JOURNAL_KEY))?.stale).toBe(true);
    expect(await matchCustomer(page('Zanzibar Courers'), db, none)).toMatchObject({
      customerId: 'late',
    });
  });

  it('nothing lost: the count after a cold start leaves the names trusted', async () => {
    const name = 'test-' + crypto.randomUUID();
    const db = await stored(name);
    cold(db, name);
    await matchCustomer(page('Pending 2 Frieght'), db, none);
    await recheckCustomerNames(db);
    expect(asJournal(await namesDb(name).names.get(JOURNAL_KEY))?.stale).toBe(false);
  });

  it('a pending mark a minute old whose count agrees is cleared, so cold starts stop counting', async () => {
    const name = 'test-' + crypto.randomUUID();
    const db = await stored(name);
    const recent = Date.now();
    await namesDb(name).names.put({
      key: PENDING_KEY,
      writes: { stopped: recent - 120_000, inFlight: recent },
    });
    cold(db, name);
    expect(await matchCustomer(page('Pending 3 Frieght'), db, none)).toMatchObject({
      customerId: 'p3',
    });
    await until(
      async () => !('stopped' in pendingWrites(await namesDb(name).names.get(PENDING_KEY))),
    );
    expect(pendingWrites(await namesDb(name).names.get(PENDING_KEY))).toEqual({
      inFlight: recent,
    });
  });
});
