import { installBeforeMeeting } from '@/lib/background/before-meeting-wiring';
import { installMatching } from '@/lib/background/matching-wiring';
import { installShell } from '@/lib/background/shell-wiring';
import { getDb } from '@/lib/db';

export default defineBackground(() => {
  // First run (templates, welcome page) and the side-panel shortcut.
  installShell(browser, getDb);
  // Which customer each tab is about: page signals, rematch, tabs closing (lib/background/handle-message.ts).
  installMatching(browser, getDb);
  // Before the meeting: reminders, readiness badge, reminder clicks (lib/background/before-meeting*.ts).
  installBeforeMeeting(browser, getDb);
});
