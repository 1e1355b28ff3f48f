import { CalendarError, MAX_CALENDAR_BYTES, tooBigMessage } from './errors';

/** A chosen file's text, refused before reading when it is too big to be a calendar export. */
export async function readCalendarFile(file: Pick<Blob, 'size' | 'text'>): Promise<string> {
  if (file.size > MAX_CALENDAR_BYTES) throw new CalendarError(tooBigMessage(file.size));
  return file.text();
}
