import { ImportError } from '../io/errors';

/**
 * A calendar file or feed Callprep refuses, before anything is written. The
 * message is the seller's: what is wrong and what to do.
 */
export class CalendarError extends ImportError {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarError';
  }
}

/** The largest calendar Callprep reads: years of a busy calendar are a few megabytes. */
export const MAX_CALENDAR_BYTES = 20 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export function tooBigMessage(bytes: number): string {
  return `This calendar is ${megabytes(bytes)}; Callprep reads calendars up to ${megabytes(MAX_CALENDAR_BYTES)}. Export a shorter range (the last month and the next three are enough) and import that. Nothing was imported.`;
}

/**
 * Why `text` is not a calendar Callprep can read, or null when it looks like one.
 * Cheap checks before the parser, so each bad file gets its own words.
 */
export function calendarTextProblem(text: string): string | null {
  if (text.length > MAX_CALENDAR_BYTES) return tooBigMessage(text.length);
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head === '') return 'The calendar file is empty. Nothing was imported.';
  if (/^<(?:!doctype|html|head|body|\?xml|!--)/i.test(head.slice(0, 200))) {
    return 'This is a web page (HTML), not a calendar file (.ics). Download the calendar itself — in Google Calendar: Settings → Import & export → Export; in Outlook: File → Save Calendar. Nothing was imported.';
  }
  if (!/^BEGIN:VCALENDAR\b/i.test(head)) {
    return 'This is not a calendar file: an .ics file starts with BEGIN:VCALENDAR. Nothing was imported.';
  }
  if (!/END:VCALENDAR\s*$/i.test(text.trimEnd().slice(-200))) {
    return 'The calendar file is cut off (it does not end with END:VCALENDAR): it was probably not downloaded completely. Download it again. Nothing was imported.';
  }
  return null;
}
