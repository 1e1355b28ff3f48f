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
  const who = people();
  // An article (og:type), or a page that offers itself by mail (mailto:?subject=…&body=<url>,
  // addressed to no one): its role mailboxes are its own, whatever their domain.
  const publication = !!doc.querySelector('meta[content=article],a[href^="mailto:?"]');
  const add = (e: string, name?: string) =>
    isRoleMailbox(e, url.hostname, publication) || who.add('subject', name, e);
  for (const a of $$(body, 'a[href^="mailto:"], a[href^="MAILTO:"]', 200)) {
    if (hidden(a, body)) continue;
    const emails = a
      .getAttribute('href')!
      .slice(7)
      .split('?')[0]!
      .split(',')
      .flatMap((e) => normalizeEmail(e) ?? []);
    // Several addresses behind one text: the text names none of them.
    const name = emails[1] ? undefined : text(a);
    for (const e of emails) add(e, name && !ACTION_TEXT.test(name) ? name : undefined);
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
      for (const e of emailsIn(v)) add(e);
  }
  return who.list.length
    ? signal('generic', 'other', url, {
        people: who.list,
        title: text(doc.querySelector('title'), 500),
      })
    : null;
}
