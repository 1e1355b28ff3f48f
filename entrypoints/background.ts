import { installBackground } from '@/lib/background';
import { getDb } from '@/lib/db';

export default defineBackground(() => {
  // Shell, page matching, before-meeting reminders and the one message dispatcher: lib/background/index.ts.
  installBackground(browser, getDb);
  // The bench (tests/bench/cold-worker.ts) reads how long a cold start took up to here.
  performance.mark('callprep:background-ready');
});
