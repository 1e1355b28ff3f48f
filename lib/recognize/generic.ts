/**
 * Fallback for pages the seller added (an in-house CRM, a partner portal):
 * mailto links and addresses in visible text, with hard caps on nodes and
 * characters read, so a huge page costs no more than a small one. Share links,
 * link texts like "Email" and the site's own role mailboxes name nobody.
 */
import { $$, emailsIn, hidden, normalizeEmail, people, signal, text } from './dom';
import { ACTION_TEXT, isRoleMailbox } from './role-mailbox';
import type { PageSignal } from './signal';

export function recognizeGeneric(doc: Document, url: URL): PageSignal | null {
  const body = doc.body;
  if (!body) return null;
  const found: [string | undefined, string][] = [];
  // An article, or a page that offers itself by mail: its role mailboxes are its own.
  let publication = !!doc.querySelector('meta[property="og:type"][content="article"]');
  for (const a of $$(body, 'a[href^="mailto:"], a[href^="MAILTO:"]', 200)) {
    if (hidden(a, body)) continue;
    const to = a.getAttribute('href')!.slice(7).split('?')[0]!;
    // mailto:?subject=…&body=<url>: a share link, addressed to no one.
    if (!to.trim()) publication = true;
    const emails = to.split(/[,;]/).flatMap((e) => normalizeEmail(e) ?? []);
    const name = emails.length === 1 ? text(a) : undefined;
    for (const e of emails) found.push([name && !ACTION_TEXT.test(name) ? name : undefined, e]);
  }
  const walker = doc.createTreeWalker(body, 4 /* text nodes */);
  for (
    let n = walker.nextNode(), nodes = 0, chars = 0;
    n && nodes < 3000 && chars < 2e5;
    n = walker.nextNode(), nodes++
  ) {
    const v = n.nodeValue ?? '';
    chars += Math.min(v.length, 2e4);
    const p = n.parentElement;
    if (
      v.includes('@') &&
      p &&
      !/^(script|style|noscript|template|textarea)$/i.test(p.tagName) &&
      !hidden(p, body)
    )
      for (const e of emailsIn(v)) found.push([undefined, e]);
  }
  const who = people();
  for (const [name, e] of found)
    if (!isRoleMailbox(e, url.hostname, publication)) who.add('subject', name, e);
  return who.list.length
    ? signal('generic', 'other', url, {
        people: who.list,
        title: text(doc.querySelector('title'), 500),
      })
    : null;
}
