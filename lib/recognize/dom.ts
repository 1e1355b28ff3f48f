/**
 * Small, defensive DOM readers shared by the recognizers. Every reader bounds
 * its work and its output (pages are hostile: huge attributes, megabyte text
 * nodes), and the code is kept terse on purpose: it ships in the content script,
 * whose budget is 15 KB minified for every site together.
 */
import { collapseWhitespace } from '../match/normalize';
import type { PageSignal, PersonRole, SignalPerson, Site, View } from './signal';

/** Selector lists are written "first choice|fallback|…": earlier entries win over document order. */
export type Sel = string;

// Selectors are built with these two helpers rather than template literals: they
// are marked side-effect free, so a bundle that imports a site's metadata but not
// its recognizer (the background, the workspace) drops every selector with it.

/** A selector list of these choices, the first preferred. */
export const firstOf = /* @__NO_SIDE_EFFECTS__ */ (...choices: Sel[]): Sel => choices.join('|');

/** One CSS selector matching any of the given lists: what a watcher needs, where order does not matter. */
export const anyOf = /* @__NO_SIDE_EFFECTS__ */ (...sels: Sel[]): string =>
  sels.join(',').replace(/\|/g, ',');

/** querySelectorAll that never throws and is capped. */
export function $$(root: ParentNode | null | undefined, sel: string, max = 300): Element[] {
  try {
    return root ? Array.prototype.slice.call(root.querySelectorAll(sel), 0, max) : [];
  } catch {
    return [];
  }
}

/** Trimmed, whitespace-collapsed, capped; undefined when empty. */
export function clean(raw: string | null | undefined, max = 200): string | undefined {
  return raw
    ? collapseWhitespace(raw.slice(0, max * 4))
        .slice(0, max)
        .trim() || undefined
    : undefined;
}

/**
 * An element's text, reading only as many text nodes as the cap needs: textContent
 * on a hostile or huge subtree would build a multi-megabyte string first. `gap`
 * goes between text nodes, for headers that split a name into spans ("Erik"+"Lund").
 */
export function text(el: Element | null | undefined, max = 200, gap = ''): string | undefined {
  if (!el) return undefined;
  let s = '';
  const walk = el.ownerDocument.createTreeWalker(el, 4 /* text nodes */);
  for (let n = walk.nextNode(); n && s.length < max * 4; n = walk.nextNode())
    s += n.nodeValue + gap;
  return clean(s, max);
}

export const attr = (el: Element | null | undefined, name: string, max = 200) =>
  clean(el?.getAttribute(name), max);

/** An input's value as the user sees it (live property, else the saved attribute). */
export const value = (el: Element | null | undefined, max = 500) =>
  clean((el as HTMLInputElement | null)?.value || el?.getAttribute('value'), max);

/**
 * Hidden by markup: `hidden`, aria-hidden, inline display:none / visibility:hidden
 * on the element or an ancestor up to `stop`. Style sheets are not consulted:
 * computed styles for every candidate would blow the time budget.
 */
export function hidden(el: Element, stop?: Element | null): boolean {
  for (let n: Element | null = el, i = 0; n && n !== stop && i < 300; n = n.parentElement, i++) {
    if (n.hasAttribute('hidden') || n.getAttribute('aria-hidden') === 'true') return true;
    const s = n.getAttribute('style');
    if (s && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(s.slice(0, 999))) return true;
  }
  return false;
}

/** First element (not hidden by markup) for the first selector in the list that has one. */
export function pick(root: ParentNode | null | undefined, sel: Sel): Element | null {
  for (const s of sel.split('|')) for (const el of $$(root, s, 30)) if (!hidden(el)) return el;
  return null;
}

/** First non-empty text (a title attribute wins over the text) for a selector list. */
export function pickText(
  root: ParentNode | null | undefined,
  sel: Sel,
  max = 500,
): string | undefined {
  for (const s of sel.split('|'))
    for (const el of $$(root, s, 30)) {
      const t = hidden(el) ? undefined : (attr(el, 'title', max) ?? text(el, max));
      if (t) return t;
    }
  return undefined;
}

const EMAIL = /^[a-z0-9._%+'-]+@(?:[a-z0-9-]+\.)+[a-z]{2,24}$/;
const EMAIL_IN_TEXT = /[\w.%+'-]{1,64}@(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}/gi;

/** "MAILTO:Ada@Example.COM?subject=x " → "ada@example.com"; undefined if not an address. */
export function normalizeEmail(raw: string | null | undefined): string | undefined {
  if (!raw || raw.length > 400) return undefined;
  let s = raw
    .trim()
    .replace(/^mailto:/i, '')
    .split('?')[0]!;
  try {
    s = decodeURIComponent(s);
  } catch {
    return undefined;
  }
  s = s.trim().replace(/^<|>$/g, '').toLowerCase();
  return s.length <= 320 && EMAIL.test(s) ? s : undefined;
}

/** Addresses in a (bounded) piece of text, normalized, deduplicated, in order. */
export function emailsIn(raw: string, limit = 20): string[] {
  const out: string[] = [];
  for (const m of raw.slice(0, 20000).matchAll(EMAIL_IN_TEXT)) {
    const e = normalizeEmail(m[0]);
    if (e && !out.includes(e) && out.push(e) >= limit) break;
  }
  return out;
}

/** The address an element carries: email / data-* attributes, a mailto href, or a title / aria-label. */
export function emailOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  for (const a of ['email', 'data-email', 'data-hovercard-id', 'href']) {
    const e = normalizeEmail(el.getAttribute(a));
    if (e && (a !== 'href' || /^mailto:/i.test(el.getAttribute(a)!))) return e;
  }
  for (const a of ['title', 'aria-label']) {
    const v = el.getAttribute(a);
    if (v?.includes('@')) return emailsIn(v.slice(0, 999), 1)[0];
  }
  return undefined;
}

/** Collects people: one entry per address (or per name without one); the first role wins. */
export function people() {
  const list: SignalPerson[] = [];
  const seen = new Map<string, SignalPerson>();
  return {
    list,
    add(role: PersonRole, name?: string | null, email?: string | null) {
      const e = normalizeEmail(email);
      let n = clean(name);
      // A name that is only an address, or Gmail's "me", adds nothing.
      if (n && (n.toLowerCase() === 'me' || n.includes('@'))) n = undefined;
      const key = e ?? n?.toLowerCase();
      if (!key || list.length >= 200) return;
      const prior = seen.get(key);
      if (prior) {
        prior.name ??= n;
        if (!prior.name) delete prior.name;
        return;
      }
      const p: SignalPerson = { role };
      if (n) p.name = n;
      if (e) p.email = e;
      seen.set(key, p);
      list.push(p);
    },
  };
}
export type People = ReturnType<typeof people>;

export type Parts = Partial<Pick<PageSignal, 'record' | 'people' | 'company' | 'title' | 'when'>>;

/** A PageSignal within the bounds the background's schema enforces; empty fields left out. */
export function signal(site: Site, view: View, url: URL, parts: Parts = {}): PageSignal {
  const s: PageSignal = { site, view, url: url.href.slice(0, 4000), people: parts.people ?? [] };
  if (parts.record) s.record = parts.record;
  const company = clean(parts.company);
  if (company) s.company = company;
  const title = clean(parts.title, 500);
  if (title) s.title = title;
  if (parts.when) s.when = parts.when;
  return s;
}

/** decodeURIComponent that never throws. */
export function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
