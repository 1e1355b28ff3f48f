import type { CallprepDB } from '../db/schema';
import { installBeforeMeeting, type BeforeMeetingBrowser } from './before-meeting-wiring';
import { installMessageDispatcher, type MessagingRuntime } from './dispatch';
import { installMatching, type MatchingBrowser } from './matching-wiring';
import { installShell, type ShellBrowser } from './shell-wiring';

/** Everything of `browser` the background uses: WXT's `browser` passes as it is. */
export type BackgroundBrowser = ShellBrowser &
  MatchingBrowser &
  BeforeMeetingBrowser & { runtime: MessagingRuntime };

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
  installMessageDispatcher(b.runtime, {
    // Which customer each tab is about: page signals, rematch, tabs closing (handle-message.ts).
    ...installMatching(b, getDb),
    // Before the meeting: reminders, readiness badge, reminder clicks (before-meeting*.ts).
    ...installBeforeMeeting(b, getDb),
  });
}
