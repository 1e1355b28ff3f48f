import { CalendarFeeds } from './CalendarFeeds';
import { CalendarImport } from './CalendarImport';

/** Meetings from the seller's calendar: a file exported once, or a feed kept up to date. */
export function CalendarSection() {
  return (
    <section aria-labelledby="calendar-title" className="stack">
      <h1 id="calendar-title">Calendar</h1>
      <CalendarImport />
      <CalendarFeeds />
    </section>
  );
}
