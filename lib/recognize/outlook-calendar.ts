/**
 * Outlook on the web's calendar: the event page (/calendar/item/<id>,
 * /calendar/deeplink/read/<id>) and the peek card a click on the grid opens
 * (a role=dialog callout over /calendar/view/…). Like the mail reader it reads
 * roles, aria-labels and attributes only (OWA's class names change every deploy):
 * the subject heading, the time from `<time datetime>` or the time row's
 * aria-label / text, the time zone it shows (`when.zone`, resolved to an offset by
 * the extension's pages: outlook-time-zone.ts), and every address on a persona.
 * The grid's own buttons name other events' times and organizers: outside a
 * card, nothing is read on a grid view.
 */
import {
  $$,
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
import { parseOwaTime } from './outlook-when';

// ---- selectors: keep every OWA calendar selector here ----------------------------
const CARD = '[role=dialog]';
const AT = 'time[datetime*=T]';
const ROW = '[aria-label^=Time]:not([aria-label*=zone]),[aria-label^=When]';
const HEADING = '[role=heading]|h1|h2';
/** The event's description and any mail shown beside it: addresses there are not attendees. */
const BODY =
  '[aria-label$=" body"],[id^=UniqueMessageBody],[aria-label="Email message"],blockquote';
const ITEM = '[role=listitem],li';
// --------------------------------------------------------------------------------

/** Where an event's details load: the card, or the event page's main pane. */
export const outlookCalendarKeyNodes = `${CARD},[role=main]`;

/** The event's item id when its URL names one (a peek card's does not): what keeps "Prepare" idempotent. */
export function outlookItemId(url: URL): string | null {
  const p = `${url.pathname} ${url.searchParams.get('path') ?? ''}`;
  const id =
    /\/calendar\/(?:\d+\/)?(?:deeplink\/)?(?:item|read)\/([^/\s]+)/i.exec(p)?.[1] ??
    url.searchParams.get('itemid') ??
    url.searchParams.get('ItemID');
  return id && /\/calendar\b/i.test(p) ? decode(id) : null;
}

/** The time from `<time datetime>`, else the time row's aria-label, else its text. */
function readWhen(scope: Element, doc: Document): { start: string; end?: string } | undefined {
  const [start, end] = $$(scope, AT, 4)
    .filter((t) => !hidden(t, scope))
    .map((t) => t.getAttribute('datetime')!.trim().slice(0, 30))
    .filter((v) => /^[\d-]{10}T\d/.test(v));
  if (start) return end ? { start, end } : { start };
  const row = pick(scope, ROW);
  const us = /^en(-us)?$/i.test(doc.documentElement.lang || 'en-US');
  const parse = (s = '') => parseOwaTime(s.replace(/\(UTC[^)]*\)/g, ' '), us);
  return parse(attr(row, 'aria-label', 300)) ?? parse(text(row, 300, ' '));
}

/** The name beside a persona's address: its own label, its list item's, or its "Name <addr>" text. */
function nameNear(el: Element, leaf?: string): string | undefined {
  for (const raw of [attr(el, 'aria-label'), attr(el.closest(ITEM), 'aria-label'), leaf]) {
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
  const marks = `${AT},${ROW}`;
  for (const card of $$(doc, CARD, 20)) if (!hidden(card) && pick(card, marks)) return card;
  let el = item ? pick(doc, marks) : null;
  for (let i = 0; el && i < 30 && !pickText(el, HEADING); i++) el = el.parentElement;
  return el;
}

export function readOutlookEvent(doc: Document, url: URL): PageSignal | null {
  if (!/\/calendar\b/i.test(url.pathname + url.search)) return null;
  const scope = eventScope(doc, /\/(item|read)\/|itemid=/i.test(url.href));
  const title = scope && pickText(scope, HEADING);
  if (!scope || !title) return null;
  const who = people();
  let zone: string | undefined;
  for (const el of $$(scope, '*', 800)) {
    if (el.closest(BODY) || hidden(el, scope)) continue;
    const leaf = el.childElementCount ? undefined : (text(el, 300) ?? '');
    // The zone the event shows: "(UTC+01:00) Amsterdam, Berlin, …", alone or after the time.
    zone ??= /\(UTC.*/.exec(leaf ?? '')?.[0].slice(0, 120);
    const email = emailOf(el) ?? emailsIn(leaf ?? '', 1)[0];
    if (email) who.add('attendee', nameNear(el, leaf), email);
  }
  const when = readWhen(scope, doc);
  return signal('outlook', 'event', url, {
    people: who.list,
    title,
    when: when && zone ? { ...when, zone } : when,
  });
}
