/**
 * What a report keeps of a page: its structure, with every text and attribute
 * value replaced by a placeholder of the same length, except ids, class names,
 * roles, field names and test ids (what a recognizer reads to find its way; any
 * address in them is still replaced), flags (`""`, `true`, `false`), an input's
 * type, links' schemes and URL patterns, and the exact strings the seller ticked.
 */
import type { PageSignal } from '../recognize/signal';
import type { StructureElement, StructureNode } from './page-structure';
import { placeholder, withoutEmails } from './placeholder';
import { urlPattern } from './url-pattern';

/** Strings the seller chose to keep, compared after collapsing whitespace. */
export type KeepList = ReadonlySet<string>;

// Ids and references to them, form field names and test ids: names the app gave, not people.
const STRUCTURAL = new Set([
  'id',
  'class',
  'role',
  'name',
  'for',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'data-testid',
  'data-test-id',
]);
const FLAG = /^(true|false)?$/;
const INPUT_TYPES = new Set(
  'button checkbox color date datetime-local email file hidden image month number password radio range reset search submit tel text time url week'.split(
    ' ',
  ),
);
// Links keep their shape: the scheme, and a URL's pattern (the ids of related records).
const LINKS = new Set(['href', 'src', 'action']);

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `text` as it is when the seller kept it, else its placeholder. */
export function keptOrPlaceholder(text: string, keep: KeepList): string {
  return keep.has(normal(text)) ? text : placeholder(text);
}

function linkPattern(link: string, base: string): string {
  const scheme = /^(mailto|tel):/i.exec(link)?.[0];
  if (scheme) return scheme + placeholder(link.slice(scheme.length));
  try {
    return urlPattern(new URL(link, base).href);
  } catch {
    return placeholder(link);
  }
}

function redactValue(name: string, value: string, tag: string, keep: KeepList, base: string) {
  const lower = name.toLowerCase();
  if (STRUCTURAL.has(lower)) return withoutEmails(value);
  if (FLAG.test(value)) return value;
  if (lower === 'type' && INPUT_TYPES.has(value.toLowerCase())) return value;
  if (keep.has(normal(value))) return value;
  if (LINKS.has(lower) && tag !== 'input') return linkPattern(value, base);
  return placeholder(value);
}

/** The structure with nothing the seller did not keep: see the file's comment. */
export function redactStructure(
  el: StructureElement,
  keep: KeepList,
  pageUrl: string,
): StructureElement {
  return {
    tag: el.tag,
    attrs: el.attrs.map(([name, value]) => [name, redactValue(name, value, el.tag, keep, pageUrl)]),
    children: el.children.map((child): StructureNode =>
      typeof child === 'string'
        ? keptOrPlaceholder(child, keep)
        : redactStructure(child, keep, pageUrl),
    ),
  };
}

const NOT_SHOWN = new Set(['head', 'title', 'script', 'style', 'noscript', 'template']);
// Labels a screen reader or a hover shows: recognizers find regions by them ("Reading Pane").
const LABELS = ['aria-label', 'placeholder', 'title'];

/**
 * What the seller may choose to keep: the page's distinct short texts and labels
 * (headings, field names, aria-labels), in page order, none kept unless ticked.
 */
export function candidateStrings(root: StructureElement, max = 300, maxLength = 80): string[] {
  const seen = new Set<string>();
  const add = (raw: string) => {
    const text = normal(raw);
    if (text && text.length <= maxLength && seen.size < max) seen.add(text);
  };
  const walk = (el: StructureElement) => {
    if (NOT_SHOWN.has(el.tag)) return;
    for (const [name, value] of el.attrs) if (LABELS.includes(name)) add(value);
    for (const child of el.children) {
      if (typeof child === 'string') add(child);
      else walk(child);
    }
  };
  walk(root);
  return [...seen];
}

/** What was recognized, with the same redaction: site, view and the URL's record ids stay. */
export function redactSignal(signal: PageSignal, keep: KeepList): PageSignal {
  const hide = (text: string | undefined) =>
    text === undefined ? undefined : keptOrPlaceholder(text, keep);
  const people = signal.people.map((p) => ({
    role: p.role,
    ...(p.name !== undefined ? { name: hide(p.name) } : {}),
    ...(p.email !== undefined ? { email: hide(p.email) } : {}),
  }));
  const url = urlPattern(signal.url);
  // A record id the URL pattern hid (a profile slug is a name) is hidden here too.
  const record = signal.record && {
    ...signal.record,
    id: url.includes(signal.record.id) ? signal.record.id : placeholder(signal.record.id),
  };
  return {
    site: signal.site,
    view: signal.view,
    url,
    ...(record ? { record } : {}),
    people,
    ...(signal.company !== undefined ? { company: hide(signal.company) } : {}),
    ...(signal.title !== undefined ? { title: hide(signal.title) } : {}),
    ...(signal.when ? { when: { ...signal.when } } : {}),
  };
}
