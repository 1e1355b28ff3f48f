import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { customers } from '@/lib/db/customers';
import { CallprepDB } from '@/lib/db/schema';
import { askPersistenceOnce, askPersistenceOnFirstRealWrite } from '@/lib/backup/persistence';
import { readAutoBackupState } from '@/lib/backup/state';

let db: CallprepDB;
let asked: number;
let persisted: boolean;
const storage = {
  persist: async () => (asked++, (persisted = true)),
  persisted: async () => persisted,
};

beforeEach(() => {
  db = new CallprepDB(`persist-${crypto.randomUUID()}`);
  asked = 0;
  persisted = false;
});
const env = () => ({ db, storage, local: fakeBrowser.storage.local });

describe('asking for persistent storage', () => {
  it('does not ask for the sample workspace alone', async () => {
    await db.customers.add({
      ...(await customers.create(db, { name: 'Sample Co' })),
      id: 'sample-1',
      sample: true,
    });
    await db.customers.filter((c) => !c.sample).delete();
    expect(await askPersistenceOnce(env())).toBe('not yet');
    expect(asked).toBe(0);
  });

  it('asks once, when the seller’s own first customer is there', async () => {
    await customers.create(db, { name: 'Northwind Logistics' });
    expect(await askPersistenceOnce(env())).toBe('asked');
    expect(await askPersistenceOnce(env())).toBe('done before');
    expect(asked).toBe(1);
    expect((await readAutoBackupState(fakeBrowser.storage.local)).persistAsked).toBe(true);
  });

  it('does not ask again when the data is already persistent', async () => {
    persisted = true;
    await customers.create(db, { name: 'Northwind Logistics' });
    expect(await askPersistenceOnce(env())).toBe('asked');
    expect(asked).toBe(0);
  });

  it('is asked by the page on the first write of a real customer', async () => {
    const stop = askPersistenceOnFirstRealWrite(env());
    try {
      await customers.create(db, { name: 'Northwind Logistics' });
      await expect.poll(() => asked).toBe(1);
      await customers.create(db, { name: 'Globex' });
      await new Promise((r) => setTimeout(r, 50));
      expect(asked).toBe(1);
    } finally {
      stop();
    }
  });
});
