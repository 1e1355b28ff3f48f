/**
 * Gmail (mail.google.com). Gmail puts the real address on every sender and
 * recipient span (email="…"), so we read attributes, never display text, and
 * never the message body: a signature full of other companies' mailto links
 * must not turn into people. Only the active view counts: Gmail keeps earlier
 * views in the DOM and marks the live one role="main".
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
import type { PersonRole } from './signal';
import type { SiteReader } from './types';

// ---- selectors: keep every Gmail selector here --------------------------------
const SUBJECT = 'h2.hP|h2[data-thread-perm-id]|h2[data-legacy-thread-id]';
const BODY = '.a3s, .ii.gt, [contenteditable=true]';
/** Expanded sender (.gD), collapsed-message sender (.zF / .yP). */
const SENDER = '.gD, .zF, .yP';
/** The "to me, Bob, cc: Carol" line; the details table rows read "from: / to: / cc:". */
const RECIPIENTS = '.hb';
const COMPOSE_SUBJECT = 'input[name=subjectbox]';
const COMPOSE_ROOT = '[role=dialog], .M9, .AD, form';
// --------------------------------------------------------------------------------

const LISTS =
  /^(inbox|starred|snoozed|sent|drafts|imp|scheduled|all|spam|trash|chats|label|search|category|advanced-search)$/;

/** "#label/Clients/FMfcgz…?compose=new" → list / thread / other, and whether a compose is open. */
export function parseGmailUrl(url: URL): { kind: 'list' | 'thread' | 'other'; compose: boolean } {
  const [path = '', query = ''] = url.hash.slice(1).split('?');
  const compose = url.searchParams.has('compose') || /(^|&)compose=/.test(query);
  const segs = path.split('/').filter(Boolean);
  if (!segs.length) return { kind: url.pathname.startsWith('/mail') ? 'list' : 'other', compose };
  if (!LISTS.test(segs[0]!)) return { kind: 'other', compose };
  // label / search / category carry an argument before the thread id.
  const base = /^(label|search|category|advanced-search)$/.test(segs[0]!) ? 2 : 1;
  const thread = segs.length > base && /^[\w-]{16,}$/.test(segs[segs.length - 1]!);
  return { kind: thread ? 'thread' : 'list', compose };
}

/** "to:" / "cc:" / "bcc:" / "Select Cc recipients" → role. */
function roleHint(label: string | null | undefined): PersonRole | undefined {
  const m = /^(?:select\s+)?(from|to|b?cc)\b/i.exec(label?.trim() ?? '');
  return m
    ? m[1]!.toLowerCase() === 'from'
      ? 'from'
      : m[1]!.toLowerCase() === 'to'
        ? 'to'
        : 'cc'
    : undefined;
}

function readThread(main: ParentNode, who: People): void {
  const roles = new Map<Element, PersonRole>();
  // Walk each recipient line in order: everything after "cc:" is a cc.
  for (const line of $$(main, RECIPIENTS, 100)) {
    let role: PersonRole = 'to';
    for (const n of $$(line, '*', 200)) {
      const before = n.previousSibling?.nodeType === 3 ? n.previousSibling.nodeValue : '';
      if (/\bb?cc\s*:/i.test(before?.slice(-50) ?? '')) role = 'cc';
      if (n.hasAttribute('email')) roles.set(n, role);
    }
  }
  for (const el of $$(main, '[email]', 600)) {
    if (el.closest(BODY) || hidden(el)) continue;
    const row = el.closest('tr');
    const role =
      roles.get(el) ??
      (el.matches(SENDER) ? 'from' : roleHint(row && text(row.firstElementChild, 20)));
    if (role) who.add(role, attr(el, 'name') ?? text(el), emailOf(el));
  }
}

function composeRole(el: Element, scope: Element): PersonRole {
  for (let n: Element | null = el, i = 0; n && n !== scope && i < 10; n = n.parentElement, i++) {
    const own = roleHint(n.getAttribute('aria-label')) ?? roleHint(n.getAttribute('name'));
    if (own) return own;
    for (const h of $$(n, '[aria-label],[name]', 12)) {
      const r = h.contains(el)
        ? undefined
        : (roleHint(h.getAttribute('aria-label')) ?? roleHint(h.getAttribute('name')));
      if (r) return r;
    }
  }
  return 'to';
}

function readCompose(scope: Element, who: People): void {
  for (const chip of $$(scope, '[data-hovercard-id],[email]', 300)) {
    if (!chip.closest(BODY) && !hidden(chip, scope))
      who.add(
        composeRole(chip, scope),
        attr(chip, 'data-name') ?? attr(chip, 'name') ?? text(chip),
        emailOf(chip),
      );
  }
}

const EMAIL_SEGMENT = /^[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}$/i;

/**
 * Gmail titles every view "<view or subject> - <account email> - Gmail" (or the
 * Workspace's brand instead of "Gmail"): the segment just before the brand.
 * Only that one: a subject may quote other people's addresses.
 */
export function gmailAccount(doc: Document): string | null {
  const parts = (doc.title ?? '').slice(-1000).split(' - ');
  const candidate = parts.length >= 3 ? parts[parts.length - 2]!.trim() : '';
  return EMAIL_SEGMENT.test(candidate) ? candidate.toLowerCase() : null;
}

export const gmail: SiteReader = {
  site: 'gmail',
  account: gmailAccount,
  keyNodes: anyOf(SUBJECT, '[email]', '[data-hovercard-id]', COMPOSE_SUBJECT, RECIPIENTS),
  recognize(doc, url) {
    const route = parseGmailUrl(url);
    const who = people();
    if (route.compose) {
      // The newest compose window is the last one.
      const box = $$(doc, COMPOSE_SUBJECT, 20)
        .filter((b) => !hidden(b))
        .pop();
      const scope = box && (box.closest(COMPOSE_ROOT) ?? box.parentElement);
      if (scope) {
        readCompose(scope, who);
        return signal('gmail', 'compose', url, { people: who.list, title: value(box) });
      }
    }
    const main = $$(doc, '[role=main]', 20).find((m) => !hidden(m)) ?? doc;
    const subject = pick(main, SUBJECT);
    if (route.kind === 'thread' || (route.kind === 'list' && subject)) {
      readThread(main, who);
      return signal('gmail', 'thread', url, { people: who.list, title: pickText(main, SUBJECT) });
    }
    return route.kind === 'list' ? signal('gmail', 'list', url) : null;
  },
};
