import { CalendarError, MAX_CALENDAR_BYTES, calendarTextProblem, tooBigMessage } from '../errors';

export type Fetch = (
  url: string,
  init: { signal: AbortSignal; credentials: 'omit'; cache: 'no-store' },
) => Promise<Response>;

export const FEED_TIMEOUT_MS = 15_000;

/**
 * The text of a calendar feed, or a CalendarError saying in words what went
 * wrong: not found, refused, a web page instead of a calendar, too big, or no
 * answer within `timeoutMs` (the request is then aborted).
 */
export async function fetchCalendarText(
  url: string,
  options: { fetch: Fetch; timeoutMs?: number },
): Promise<string> {
  const timeoutMs = options.timeoutMs ?? FEED_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await options.fetch(url, {
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      throw new CalendarError(
        controller.signal.aborted
          ? `The calendar address did not answer within ${Math.round(timeoutMs / 1000)} seconds. Callprep tries again in 30 minutes.`
          : 'The calendar address could not be reached (offline, or the address is wrong). Callprep tries again in 30 minutes.',
      );
    }
    if (response.status === 404 || response.status === 410) {
      throw new CalendarError(
        `The calendar address answered ${response.status} (not found): the calendar may no longer be published, or its secret address was reset. Copy the address again from your calendar’s settings.`,
      );
    }
    if (response.status === 401 || response.status === 403) {
      throw new CalendarError(
        `The calendar address answered ${response.status} (not allowed): use the calendar’s secret or public ICS address, which works without signing in.`,
      );
    }
    if (!response.ok) {
      throw new CalendarError(
        `The calendar address answered ${response.status}${response.statusText ? ` (${response.statusText})` : ''}. Callprep tries again in 30 minutes.`,
      );
    }
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_CALENDAR_BYTES) throw new CalendarError(tooBigMessage(length));
    const text = await response.text().catch(() => {
      throw new CalendarError(
        `The calendar address stopped answering before the calendar was whole. Callprep tries again in 30 minutes.`,
      );
    });
    if (/^\s*<(?:!doctype|html)/i.test(text.slice(0, 200))) {
      throw new CalendarError(
        'The calendar address answered with a web page (HTML), not a calendar: copy the ICS address (Google Calendar: “Secret address in iCal format”; Outlook: the ICS link of a published calendar).',
      );
    }
    const problem = calendarTextProblem(text);
    if (problem) throw new CalendarError(problem.replace(/ Nothing was imported\.$/, ''));
    return text;
  } finally {
    clearTimeout(timer);
  }
}
