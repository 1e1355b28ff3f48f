/**
 * Fallback for pages the seller added (an in-house CRM, a partner portal):
 * mailto links and addresses in visible text, with hard caps on nodes and
 * characters read, so a huge page costs no more than a small one.
 */
import { $$, emailsIn, hidden, people, signal, text } from './dom';
import type { PageSignal } from './signal';

export function recognizeGeneric(doc: Document, url: URL): PageSignal | null {
  const body = doc.body;
  if (!body) return null;
  const who = people();
  for (const a of $$(body, 'a[href^="mailto:"], a[href^="MAILTO:"]', 200))
    if (!hidden(a, body)) who.add('subject', text(a), a.getAttribute('href'));
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
      for (const e of emailsIn(v)) who.add('subject', undefined, e);
  }
  return who.list.length
    ? signal('generic', 'other', url, {
        people: who.list,
        title: text(doc.querySelector('title'), 500),
      })
    : null;
}
