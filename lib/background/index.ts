import type { CallprepDB } from '../db/schema';
import { installAutoBackup, type AutoBackupWorkerBrowser } from './auto-backup-wiring';
import { installBeforeMeeting, type BeforeMeetingBrowser } from './before-meeting-wiring';
import { installCalendarFeeds, type CalendarFeedsBrowser } from './calendar-feeds-wiring';
import { installMessageDispatcher, type MessagingRuntime } from './dispatch';
import { installMatching, type MatchingBrowser } from './matching-wiring';
import { installShell, type ShellBrowser } from './shell-wiring';

/** What the listeners use besides the shell's. */
export type ListenersBrowser = MatchingBrowser &
  BeforeMeetingBrowser & { runtime: MessagingRuntime };

/** Everything of `browser` the background uses: WXT's `browser` passes as it is. */
export type BackgroundBrowser = ShellBrowser &
  ListenersBrowser &
  AutoBackupWorkerBrowser &
  CalendarFeedsBrowser;

/**
 * The whole service worker, registered synchronously from defineBackground's
 * main (a restarted worker must receive the event that woke it). Each part
 * registers its own browser listeners and returns the handlers of its
 * messages; the one dispatcher takes them all, and the compiler refuses a
 * message of the MessageMap that nobody handles.
 */
export function installBackground(b: BackgroundBrowser, getDb: () => CallprepDB): void {
  // First run (templates, welcome page) and the side-panel shortcut.
  installShell(b, getDb);
  // The daily backup file, and one before a schema upgrade (auto-backup-wiring.ts).
  installAutoBackup(b, getDb);
  // The subscribed calendars, fetched every 30 minutes (calendar-feeds-wiring.ts).
  installCalendarFeeds(b, getDb);
  installListeners(b, getDb);
}

/** Everything but the shell: what the tests of the wiring install on fakeBrowser. */
export function installListeners(b: ListenersBrowser, getDb: () => CallprepDB): void {
  installMessageDispatcher(b.runtime, {
    // Which customer each tab is about: page signals, rematch, tabs closing (handle-message.ts).
    ...installMatching(b, getDb),
    // Before the meeting: reminders, readiness badge, reminder clicks (before-meeting*.ts).
    ...installBeforeMeeting(b, getDb),
  });
}
