/**
 * Google Calendar (calendar.google.com): the event details dialog (from any grid
 * view) and the event editor (/r/eventedit/…). Calendar's element ids (#xDetDlg,
 * #xDetDlgWhen, #xDetDlgAtt, #xTiIn, #xStDaIn …) have been stable for years, and
 * guests carry their address in data-email / data-hovercard-id.
 */
import {
  $$,
  anyOf,
  attr,
  emailOf,
  hidden,
  people,
  pick,
  pickText,
  signal,
  text,
  value,
  type People,
} from './dom';
import type { SiteReader } from './types';
import { compactDate, parseEventTime } from './when';

// ---- selectors: keep every Calendar selector here --------------------------------
const DIALOG = '#xDetDlg|[role=dialog][data-eventid]';
const DIALOG_TITLE = '#rAECCd|[role=heading]';
const DIALOG_WHEN = '#xDetDlgWhen';
const DIALOG_GUESTS = '#xDetDlgAtt';
const EDIT_TITLE = '#xTiIn|input[aria-label=Title]|input[aria-label="Add title"]';
const EDIT_TIME = [
  '#xStDaIn|input[aria-label="Start date"]',
  '#xStTiIn|input[aria-label="Start time"]',
  '#xEnDaIn|input[aria-label="End date"]',
  '#xEnTiIn|input[aria-label="End time"]',
];
const EDIT_GUESTS = '#xGstLst|[aria-label=Guests]|[role=main]';
const GUEST = '[data-email],[data-hovercard-id]';
// --------------------------------------------------------------------------------

export function parseCalendarUrl(url: URL): { edit: boolean; year?: number } {
  const y = /\/r\/\w+\/(\d{4})\/\d{1,2}\/\d{1,2}/.exec(url.pathname);
  return { edit: /\/r\/eventedit\b/.test(url.pathname), year: y ? +y[1]! : undefined };
}

function readGuests(scope: Element | null, who: People): void {
  for (const el of $$(scope, GUEST, 300)) {
    // aria-label reads "Ana Lima, Accepted, Organizer": the first part is the name.
    const label = el.getAttribute('aria-label')?.split(',')[0];
    if (!hidden(el))
      who.add(
        'attendee',
        attr(el, 'data-name') ?? (label || text(el.querySelector('span'))),
        emailOf(el),
      );
  }
}

/** The time line as separate words: textContent would glue "…support" to "December 30". */
function whenText(el: Element | null): string {
  const spans = $$(el, 'span', 12).map((s) => text(s, 120) ?? '');
  return (spans.join(' ').trim() || text(el, 300)) ?? '';
}

export const gcalendar: SiteReader = {
  site: 'gcalendar',
  keyNodes: anyOf(DIALOG, DIALOG_WHEN, EDIT_TITLE, GUEST),
  recognize(doc, url) {
    const route = parseCalendarUrl(url);
    // Calendar leaves out the current year; the grid URL carries the one in view.
    const year = route.year ?? new Date().getFullYear();
    const who = people();
    if (route.edit) {
      const [sd, st, ed, et] = EDIT_TIME.map((s) => {
        const el = pick(doc, s);
        return compactDate(el?.getAttribute('data-date')) ?? value(el, 60) ?? '';
      });
      readGuests(pick(doc, EDIT_GUESTS), who);
      return signal('gcalendar', 'event', url, {
        people: who.list,
        title: value(pick(doc, EDIT_TITLE)),
        when: parseEventTime(`${sd} ${st} – ${ed || sd} ${et}`, year),
      });
    }
    const dialog = pick(doc, DIALOG);
    if (!dialog) return null;
    readGuests(pick(dialog, DIALOG_GUESTS) ?? dialog, who);
    return signal('gcalendar', 'event', url, {
      people: who.list,
      title: pickText(dialog, DIALOG_TITLE),
      when: parseEventTime(whenText(pick(dialog, DIALOG_WHEN)), year),
    });
  },
};
