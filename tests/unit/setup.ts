import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach } from 'vitest';

// IndexedDB (fake) and live queries answer asynchronously, and CI shares two cores: every
// findBy/waitFor waits up to 5 s (the panel tests always did), never failing on speed alone.
configure({ asyncUtilTimeout: 5000 });

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
