import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach } from 'vitest';

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(async () => {
  // Each test gets a fresh IndexedDB: no state leaks from one test to the next.
  const dbs = await indexedDB.databases();
  await Promise.all(
    dbs.map(
      (d) =>
        new Promise<void>((resolve) => {
          const req = indexedDB.deleteDatabase(d.name!);
          req.onsuccess = req.onerror = req.onblocked = () => resolve();
        }),
    ),
  );
});
