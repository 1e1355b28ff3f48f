import { installBackground } from '@/lib/background';
import { getDb } from '@/lib/db';

export default defineBackground(() => {
  // Shell, page matching, before-meeting reminders and the one message dispatcher: lib/background/index.ts.
  installBackground(browser, getDb);
});
