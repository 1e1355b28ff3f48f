/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com): mail here,
 * calendar events in outlook-calendar.ts.
 * OWA's class names are generated per deploy, so this reads ids, aria-labels and
 * data-* only: the reading pane, the "From / To / Cc" rows (labelled for screen
 * readers) and addresses from attributes or "Name <addr>" text. Never the body,
 * nor the earlier messages a reply quotes.
 */
import {
  $$,
  anyOf,
  attr,
  clean,
  emailOf,
  emailsIn,
  hidden,
  people,
  pick,
  pickText,
  signal,
  text,
  value,
  type People,
} from './dom';
import { outlookCalendarKeyNodes, readOutlookEvent } from './outlook-calendar';
import type { PersonRole } from './signal';
import type { SiteReader } from './types';

// ---- selectors: keep every OWA selector here ------------------------------------
const PANE =
  '#ReadingPaneContainerId|[data-app-section=ConversationContainer]|#ConversationReadingPaneContainer|[aria-label="Reading Pane"]|[aria-label="Reading pane"]';
/** Where a reading pane without any of PANE's ids still shows an open message. */
const MESSAGE = '[aria-label="Email message"]|[aria-label^=From]';
/** The subject's own span first: the heading also holds buttons ("Summarize"). */
const SUBJECT =
  '[data-app-section=ConversationTopic]|[role=heading][aria-level="2"] span[title]|[role=heading][aria-level="2"]|[role=heading]';
const FROM = '[aria-label^=From]';
/** Header rows and compose wells: aria-label "From: …", "To", "Cc: …". */
const ROWS = `${FROM},[aria-label^=To],[aria-label^=Cc],[aria-label^=CC],[aria-label^=Bcc]`;
/** The body, and the earlier messages a reply quotes (Outlook's divRplyFwdMsg, x_ in the pane). */
const BODY = '[aria-label="Message body"],[id^=UniqueMessageBody],[id$=divRplyFwdMsg],blockquote';
const COMPOSE_SUBJECT =
  'input[aria-label="Add a subject"]|input[placeholder="Add a subject"]|input[aria-label=Subject]';
// --------------------------------------------------------------------------------

const LABEL = /^(from|to|b?cc)\s*:?(\s|$)/i;
/** "Name <addr>", also "Name<ADDR>" with no space: a name, then an address in angle brackets. */
const PAIR = /([^<>;,]{0,120}?)\s*<\s*([^<>\s]{3,320})\s*>/g;

type Hit = [name: string | undefined, email: string];

export function parseOutlookUrl(url: URL): 'mail' | 'compose' | 'other' {
  const p = (url.pathname + ' ' + (url.searchParams.get('path') ?? '')).toLowerCase();
  return /\/compose\b/.test(p) ? 'compose' : /^\/(mail|owa)\b/.test(p) ? 'mail' : 'other';
}

/** The address a persona carries (attributes, or its own "Name<ADDR>" text), with the name beside it. */
function addressOf(el: Element): Hit | undefined {
  const own = el.childElementCount ? '' : (text(el, 400) ?? '');
  const email = emailOf(el) ?? emailsIn(own, 1)[0];
  if (!email) return undefined;
  return [(own || attr(el, 'aria-label'))?.replace(LABEL, '').split('<')[0], email];
}

/**
 * The first persona with an address in `scope`, outside the body, the subject
 * and any header row but `row` (a To / Cc address is never the sender).
 */
function firstAddress(scope: Element, row: Element | null, skip?: Element | null): Hit | undefined {
  for (const el of $$(scope, '*', 400)) {
    const r = el.closest(ROWS);
    if ((r && r !== row) || el.closest(BODY) || skip?.contains(el) || hidden(el)) continue;
    const hit = addressOf(el);
    if (hit) return hit;
  }
  return undefined;
}

/** A row's ancestors up to its own message: the next one up would hold another message's From row. */
function ownMessage(row: Element): Element[] {
  const up: Element[] = [];
  for (
    let n = row.parentElement;
    n && up.length < 12 && $$(n, FROM, 2).length < 2;
    n = n.parentElement
  )
    up.push(n);
  return up;
}

/**
 * People in one row: addresses from attributes, then "Name <addr>" text, else names from the label.
 * Text nodes are read with a space between them: "Ada" + "ADA@X.IO" in sibling spans is not "AdaADA@X.IO".
 */
function readRow(row: Element, role: PersonRole, who: People): void {
  let first: string | undefined;
  for (const el of $$(row, '*', 150)) {
    const email = emailOf(el);
    first ??= email;
    if (email) who.add(role, text(el, 200, ' ')?.split('<')[0], email);
  }
  const label = (attr(row, 'aria-label', 1000) ?? '').replace(LABEL, '');
  const raw = `${text(row, 1000, ' ') ?? ''};${label};${attr(row, 'title', 1000) ?? ''}`;
  const found = emailsIn(raw);
  first ??= found[0];
  // A row about one person names them in its label ("From: Mendes, Carla"), whatever the persona shows.
  if (first && !label.includes(';')) who.add(role, label.split('<')[0], first);
  for (const m of raw.matchAll(PAIR)) who.add(role, m[1]!.replace(LABEL, ''), m[2]);
  for (const email of found) who.add(role, undefined, email);
  // An address already on the thread adds no one, yet the row is read.
  if (first) return;
  // The sender's address may sit on the persona next to a "From: Name" label.
  for (const n of role === 'from' ? ownMessage(row).slice(0, 3) : []) {
    const hit = firstAddress(n, row);
    if (hit) return who.add(role, label.split('<')[0] || hit[0], hit[1]);
  }
  // Colleagues are often shown by name only: keep the names.
  for (const n of label.split(';').slice(0, 50)) who.add(role, n);
}

/** The header rows of `scope`; on a thread (its `subject` given, even null) a sender is found even without a From row. */
function readRows(scope: Element, who: People, subject?: Element | null): void {
  const rows = $$(scope, ROWS, 300).filter(
    // Skip the body, hidden rows, and a labelled node inside a row already read.
    (row) => !row.closest(BODY) && !hidden(row) && !row.parentElement?.closest(ROWS),
  );
  // The message being read comes first: a From row whose message shows its body, not a collapsed earlier one.
  const from = rows.filter((r) => r.matches(FROM));
  const first = from.find((r) => pick(ownMessage(r).pop(), BODY));
  // No From row at all: the sender is the header's first persona outside the To / Cc rows.
  const hit = subject !== undefined && !from.length && firstAddress(scope, null, subject);
  if (hit) who.add('from', ...hit);
  for (const row of first ? [first, ...rows.filter((r) => r !== first)] : rows) {
    const w = LABEL.exec(row.getAttribute('aria-label')!)?.[1]!.toLowerCase();
    if (w) readRow(row, w === 'from' ? 'from' : w === 'to' ? 'to' : 'cc', who);
  }
}

/** The reading pane: one of its known containers, else the nearest ancestor of an open message with a subject. */
function paneOf(doc: Document): Element | null {
  let el = pick(doc, PANE) ?? pick(doc, MESSAGE);
  for (let i = 0; el && i < 30 && !pickText(el, SUBJECT); i++) el = el.parentElement;
  return el;
}

export const outlook: SiteReader = {
  site: 'outlook',
  keyNodes: anyOf(PANE, MESSAGE, SUBJECT, COMPOSE_SUBJECT, ROWS, outlookCalendarKeyNodes),
  recognize(doc, url) {
    const route = parseOutlookUrl(url);
    // The calendar (an event's page, or its peek card over the grid) has a reader of its own.
    if (route === 'other') return readOutlookEvent(doc, url);
    const who = people();
    const subject = pick(doc, COMPOSE_SUBJECT);
    if (subject) {
      // The compose form: the nearest ancestor that also holds the recipient wells.
      let scope: Element | null = subject.parentElement;
      for (let i = 0; scope && i < 20 && !$$(scope, ROWS, 1).length; i++)
        scope = scope.parentElement;
      readRows(scope ?? subject, who);
      return signal('outlook', 'compose', url, { people: who.list, title: value(subject) });
    }
    const pane = paneOf(doc);
    const title = pane ? pickText(pane, SUBJECT) : undefined;
    if (pane && title) {
      readRows(pane, who, pick(pane, SUBJECT));
      return signal('outlook', 'thread', url, { people: who.list, title: clean(title, 500) });
    }
    return signal('outlook', route === 'compose' ? 'compose' : 'list', url);
  },
};
