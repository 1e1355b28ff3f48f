/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com).
 * OWA's class names are generated per deploy, so this reads ids, aria-labels and
 * data-* only: the reading pane, the "From / To / Cc" rows (labelled for screen
 * readers) and addresses from attributes or "Name <addr>" text. Never the body.
 */
import {
  $$,
  anyOf,
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
import type { PersonRole } from './signal';
import type { SiteReader } from './types';

// ---- selectors: keep every OWA selector here ------------------------------------
const PANE =
  '#ReadingPaneContainerId|[data-app-section="ConversationContainer"]|#ConversationReadingPaneContainer|[aria-label="Reading Pane"]|[aria-label="Reading pane"]';
const SUBJECT =
  '[data-app-section="ConversationTopic"]|[role="heading"][aria-level="2"]|[role="heading"]';
/** Header rows and compose wells: aria-label "From: …", "To", "Cc: …". */
const ROWS =
  '[aria-label^="From"], [aria-label^="To"], [aria-label^="Cc"], [aria-label^="CC"], [aria-label^="Bcc"]';
const BODY = '[aria-label="Message body"], [id^="UniqueMessageBody"]';
const COMPOSE_SUBJECT =
  'input[aria-label="Add a subject"]|input[placeholder="Add a subject"]|input[aria-label="Subject"]';
// --------------------------------------------------------------------------------

const LABEL = /^(from|to|b?cc)\s*:?(\s|$)/i;

export function parseOutlookUrl(url: URL): 'mail' | 'compose' | 'other' {
  const p = (url.pathname + ' ' + (url.searchParams.get('path') ?? '')).toLowerCase();
  return /\/compose\b/.test(p) ? 'compose' : /^\/(mail|owa)\b/.test(p) ? 'mail' : 'other';
}

/** People in one row: addresses from attributes, then "Name <addr>" text, else names from the label. */
function readRow(row: Element, role: PersonRole, who: People): void {
  const before = who.list.length;
  for (const el of $$(row, '*', 150)) {
    const email = emailOf(el);
    if (email) who.add(role, text(el)?.split('<')[0], email);
  }
  const raw = text(row, 1000) ?? '';
  for (const m of raw.matchAll(/([^<>;,]{0,120}?)\s*<\s*([^<>\s]{3,320})\s*>/g))
    who.add(role, m[1]!.replace(LABEL, ''), m[2]);
  for (const email of emailsIn(raw)) who.add(role, undefined, email);
  if (who.list.length > before) return;
  // Colleagues are often shown by name only: keep the names.
  for (const n of (row.getAttribute('aria-label') ?? '').replace(LABEL, '').split(';').slice(0, 50))
    who.add(role, n);
}

function readRows(scope: ParentNode, who: People): void {
  for (const row of $$(scope, ROWS, 300)) {
    const m = LABEL.exec(row.getAttribute('aria-label')!);
    // Skip the body, hidden rows, and a labelled node inside a row already read.
    if (!m || row.closest(BODY) || hidden(row) || row.parentElement?.closest(ROWS)) continue;
    const w = m[1]!.toLowerCase();
    readRow(row, w === 'from' ? 'from' : w === 'to' ? 'to' : 'cc', who);
  }
}

export const outlook: SiteReader = {
  site: 'outlook',
  keyNodes: anyOf(PANE, SUBJECT, COMPOSE_SUBJECT, ROWS),
  recognize(doc, url) {
    const route = parseOutlookUrl(url);
    if (route === 'other') return null;
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
    const pane = pick(doc, PANE);
    const title = pane ? pickText(pane, SUBJECT) : undefined;
    if (pane && title) {
      readRows(pane, who);
      return signal('outlook', 'thread', url, { people: who.list, title: clean(title, 500) });
    }
    return signal('outlook', route === 'compose' ? 'compose' : 'list', url);
  },
};
