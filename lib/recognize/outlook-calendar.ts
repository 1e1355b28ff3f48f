/**
 * Outlook on the web's calendar: the event page (/calendar/item/<id>,
 * /calendar/deeplink/read/<id>) and the peek card a click on the grid opens
 * (a role=dialog callout over /calendar/view/…). Like the mail reader it reads
 * roles, aria-labels and attributes only (OWA's class names change every deploy):
 * the subject heading, the time from `<time datetime>` or the time row's
 * aria-label / text with the time zone it shows, and every address on a persona.
 * The grid's own buttons name other events' times and organizers: outside a
 * card, nothing is read on a grid view.
 */
import {
  $$,
  anyOf,
  attr,
  decode,
  emailOf,
  emailsIn,
  hidden,
  people,
  pick,
  pickText,
  signal,
  text,
} from './dom';
import type { PageSignal } from './signal';
import { withShownZone } from './outlook-time-zone';
import { parseEventTime } from './when';

// ---- selectors: keep every OWA calendar selector here ----------------------------
const CARD = '[role="dialog"]';
const AT = 'time[datetime*="T"]';
const ROW =
  '[aria-label^="Time"]:not([aria-label^="Time zone"])|[aria-label^="When"]|[aria-label^="Date"]';
const HEADING = '[role="heading"]|h1|h2';
/** The event's description and any mail shown beside it: addresses there are not attendees. */
const BODY =
  '[aria-label="Message body"], [aria-label="Event body"], [id^="UniqueMessageBody"], [aria-label="Email message"], blockquote';
const ITEM = '[role="listitem"], [role="option"], li';
// --------------------------------------------------------------------------------

export const outlookCalendarKeyNodes = /* @__PURE__ */ anyOf(CARD, AT, ROW);

/** null off the calendar; `item` is the event's id when the URL names one. */
export function parseOutlookCalendarUrl(url: URL): { item?: string } | null {
  const p = `${url.pathname} ${url.searchParams.get('path') ?? ''}`;
  if (!/\/calendar\b/i.test(p)) return null;
  const id =
    /\/calendar\/(?:\d+\/)?(?:item|deeplink\/read|deeplink\/item|read)\/([^/\s]+)/i.exec(p)?.[1] ??
    url.searchParams.get('itemid') ??
    url.searchParams.get('ItemID');
  return id ? { item: decode(id) } : {};
}

/** "11/26/2026" (en-US), "26/11/2026", "26.11.2026" → "2026-11-26": the numeric dates OWA shows. */
function isoDates(s: string, monthFirst: boolean): string {
  return s.replace(/\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/g, (_, a: string, sep, b: string, y) => {
    const [m, d] = monthFirst && sep === '/' ? [a, b] : [b, a];
    return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  });
}

function readWhen(scope: Element, doc: Document): PageSignal['when'] {
  const at = $$(scope, AT, 4)
    .filter((t) => !hidden(t, scope))
    .map((t) => t.getAttribute('datetime')!.trim())
    .filter((v) => /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(v));
  const row = pick(scope, ROW);
  const label = attr(row, 'aria-label', 300) ?? '';
  const shown = text(row, 300, ' ') ?? '';
  // The zone the page shows, in the row or elsewhere on the event ("(UTC+01:00) Amsterdam, …").
  const zone = /\(UTC/.test(label + shown) ? `${label} ${shown}` : (text(scope, 3000, ' ') ?? '');
  const us = /^en(-us)?$/i.test(doc.documentElement.lang || 'en-US');
  const parse = (s: string) =>
    parseEventTime(isoDates(s.replace(/\(UTC[^)]*\)/g, ' '), us), new Date().getFullYear());
  const when = at[0] ? { start: at[0], end: at[1] } : (parse(label) ?? parse(shown));
  if (!when) return undefined;
  const start = withShownZone(when.start, zone)!;
  const end = withShownZone(when.end, zone);
  return end ? { start, end } : { start };
}

/** The name beside a persona's address: its own label, its list item's, or its "Name <addr>" text. */
function nameNear(el: Element): string | undefined {
  const item = el.closest(ITEM);
  const leaf = el.childElementCount ? undefined : text(el, 300);
  for (const raw of [attr(el, 'aria-label'), attr(item, 'aria-label'), leaf]) {
    const n = raw
      ?.replace(/^Opens card for /i, '')
      .split(/[,<(;]/)[0]!
      .trim();
    if (n && !n.includes('@')) return n;
  }
  return undefined;
}

/** The open event: the visible peek card, else (on an event's own page) the pane around its time. */
function eventScope(doc: Document, item: boolean): Element | null {
  const marks = anyOf(AT, ROW);
  for (const card of $$(doc, CARD, 20)) if (!hidden(card) && pick(card, marks)) return card;
  let el = item ? pick(doc, marks) : null;
  for (let i = 0; el && i < 30 && !pickText(el, HEADING); i++) el = el.parentElement;
  return el;
}

export function readOutlookEvent(doc: Document, url: URL): PageSignal | null {
  const route = parseOutlookCalendarUrl(url);
  const scope = route && eventScope(doc, !!route.item);
  const title = scope && pickText(scope, HEADING);
  if (!scope || !title) return null;
  const who = people();
  for (const el of $$(scope, '*', 800)) {
    if (el.closest(BODY) || hidden(el, scope)) continue;
    const email =
      emailOf(el) ?? (el.childElementCount ? undefined : emailsIn(text(el, 300) ?? '', 1)[0]);
    if (email) who.add('attendee', nameNear(el), email);
  }
  return signal('outlook', 'event', url, { people: who.list, title, when: readWhen(scope, doc) });
}
