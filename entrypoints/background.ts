import { installBeforeMeeting } from '@/lib/background/before-meeting-wiring';
import { getDb } from '@/lib/db';

export default defineBackground(() => {
  // Before the meeting: reminders, readiness badge, reminder clicks (lib/background/before-meeting*.ts).
  installBeforeMeeting(browser, getDb);
});
