/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com).
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
  spacedText,
  text,
  value,
  type People,
} from './dom';
import type { PersonRole } from './signal';
import type { SiteReader } from './types';

// ---- selectors: keep every OWA selector here ------------------------------------
const PANE =
  '#ReadingPaneContainerId|[data-app-section="ConversationContainer"]|#ConversationReadingPaneContainer|[aria-label="Reading Pane"]|[aria-label="Reading pane"]|[data-app-section^="MailReadingPane"]';
/** Where a reading pane without any of PANE's ids still shows an open message. */
const MESSAGE = '[aria-label="Email message"]|[aria-label^="From"]|[aria-label="Message body"]';
/** The subject's own span first: the heading also holds buttons ("Summarize"). */
const SUBJECT =
  '[data-app-section="ConversationTopic"]|[role="heading"][aria-level="2"] span[title]|[role="heading"][aria-level="2"]|[role="heading"]';
const FROM = '[aria-label^="From"]';
/** Header rows and compose wells: aria-label "From: …", "To", "Cc: …". */
const ROWS = `${FROM}, [aria-label^="To"], [aria-label^="Cc"], [aria-label^="CC"], [aria-label^="Bcc"]`;
/** The body, and the earlier messages a reply quotes (Outlook's divRplyFwdMsg, x_ in the pane). */
const BODY =
  '[aria-label="Message body"], [id^="UniqueMessageBody"], [id$="divRplyFwdMsg"], blockquote';
const COMPOSE_SUBJECT =
  'input[aria-label="Add a subject"]|input[placeholder="Add a subject"]|input[aria-label="Subject"]';
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
  const name = [own, attr(el, 'aria-label'), attr(el, 'title')]
    .map((s) => s?.replace(LABEL, '').split('<')[0])
    .find((s) => s?.trim() && !s.includes('@'));
  return [name, email];
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

/** People in one row: addresses from attributes, then "Name <addr>" text, else names from the label. */
function readRow(row: Element, role: PersonRole, who: People): void {
  let first: string | undefined;
  for (const el of $$(row, '*', 150)) {
    const email = emailOf(el);
    first ??= email;
    if (email) who.add(role, spacedText(el)?.split('<')[0], email);
  }
  const label = (attr(row, 'aria-label', 1000) ?? '').replace(LABEL, '');
  const raw = `${spacedText(row, 1000) ?? ''};${label};${attr(row, 'title', 1000) ?? ''}`;
  first ??= emailsIn(raw, 1)[0];
  // A row about one person names them in its label ("From: Mendes, Carla"), whatever the persona shows.
  if (first && !label.includes(';')) who.add(role, label.split('<')[0], first);
  for (const m of raw.matchAll(PAIR)) who.add(role, m[1]!.replace(LABEL, ''), m[2]);
  for (const email of emailsIn(raw)) who.add(role, undefined, email);
  // An address already on the thread adds no one, yet the row is read.
  if (first) return;
  // The sender's address may sit on the persona next to a "From: Name" label.
  for (let n = row.parentElement, i = 0; role === 'from' && n && i < 3; n = n.parentElement, i++) {
    if ($$(n, FROM, 2).length > 1) break; // the next ancestor holds another message
    const hit = firstAddress(n, row);
    if (hit) return who.add(role, label.split('<')[0] || hit[0], hit[1]);
  }
  // Colleagues are often shown by name only: keep the names.
  for (const n of label.split(';').slice(0, 50)) who.add(role, n);
}

/** The message being read comes first: a From row whose message shows its body, not a collapsed earlier one. */
function expanded(row: Element): boolean {
  for (let n = row.parentElement, i = 0; n && i < 12; n = n.parentElement, i++) {
    if ($$(n, FROM, 2).length > 1) return false;
    if (pick(n, BODY)) return true;
  }
  return false;
}

function readRows(scope: ParentNode, who: People): void {
  const rows = $$(scope, ROWS, 300).filter(
    // Skip the body, hidden rows, and a labelled node inside a row already read.
    (row) => !row.closest(BODY) && !hidden(row) && !row.parentElement?.closest(ROWS),
  );
  const first = rows.find((r) => r.matches(FROM) && expanded(r));
  for (const row of first ? [first, ...rows.filter((r) => r !== first)] : rows) {
    const m = LABEL.exec(row.getAttribute('aria-label')!);
    const w = m?.[1]!.toLowerCase();
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
  keyNodes: anyOf(PANE, MESSAGE, SUBJECT, COMPOSE_SUBJECT, ROWS),
  recognize(doc, url) {
    const route = parseOutlookUrl(url);
    if (route === 'other') return null;
    let who = people();
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
      readRows(pane, who);
      // No From row at all: the sender is the first persona of the header, before the To row.
      const hit = who.list.some((p) => p.role === 'from')
        ? undefined
        : firstAddress(pane, null, pick(pane, SUBJECT));
      if (hit) {
        const rest = who.list;
        who = people();
        who.add('from', ...hit);
        for (const p of rest) who.add(p.role, p.name, p.email);
      }
      return signal('outlook', 'thread', url, { people: who.list, title: clean(title, 500) });
    }
    return signal('outlook', route === 'compose' ? 'compose' : 'list', url);
  },
};
