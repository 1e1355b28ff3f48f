/**
 * The shared reader for CRM record pages. Each CRM is described as data (how to
 * read its URL, where its record name, email and account are shown, what to
 * skip), so a CRM's redesign is a one-file fix and the content script stays small.
 */
import {
  $$,
  anyOf,
  attr,
  emailOf,
  emailsIn,
  hidden,
  normalizeEmail,
  people,
  type Sel,
  signal,
  text,
  value,
} from './dom';
import type { Site, View } from './signal';
import type { SiteReader } from './types';

type Ref = { type: string; id: string };
type Reader = Sel | ((root: ParentNode) => string | undefined);

export type Crm = {
  site: Site;
  view?: View;
  parse(url: URL): Ref | null;
  /** The part of the page that shows the current record (CRMs cache hidden views of others). */
  scope?(doc: Document): ParentNode;
  /** Never read inside these (related lists, activity feeds quoting other people). */
  skip?: string;
  title: Sel;
  /** Where the record's own email is shown (person records only). */
  email?: Sel;
  /** Where the person's name is when it is not the record title (a Pipedrive lead's contact), by type. */
  name?: Record<string, Sel>;
  /** Record types that are about a person (role "subject") and about an organisation. */
  person: string[];
  org: string[];
  /** The organisation shown on other record types, by type ("*" for any). */
  company?: Record<string, Reader>;
  /** Cleans a header text ("Contoso - Saved" → "Contoso"). */
  tidy?(title: string): string;
};

/** What an element shows: an input's value, else its title attribute, else its text. */
export function shown(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  return el.matches('input,textarea') ? value(el, 200) : (attr(el, 'title') ?? text(el));
}

export function crm(c: Crm): SiteReader {
  const readers = [c.title, c.email, ...Object.values(c.company ?? {})];
  return {
    site: c.site,
    keyNodes: anyOf(...readers.filter((r): r is string => typeof r === 'string')),
    recognize(doc, url) {
      const ref = c.parse(url);
      if (!ref) return null;
      const root = c.scope?.(doc) ?? doc;
      const find = (sel: Sel) => {
        for (const s of sel.split('|'))
          for (const el of $$(root, s, 60))
            if (!(c.skip && el.closest(c.skip)) && !hidden(el) && shown(el)) return el;
        return null;
      };
      const raw = c.title ? shown(find(c.title)) : undefined;
      const title = raw && c.tidy ? c.tidy(raw) : raw;
      const reader = c.company?.[ref.type] ?? c.company?.['*'];
      const company = c.org.includes(ref.type)
        ? title
        : typeof reader === 'function'
          ? reader(root)
          : reader
            ? shown(find(reader))
            : undefined;
      const who = people();
      if (c.person.includes(ref.type)) {
        const el = c.email ? find(c.email) : null;
        const email = el
          ? (emailOf(el) ?? normalizeEmail(value(el, 320)) ?? emailsIn(text(el, 400) ?? '', 1)[0])
          : undefined;
        const nameSel = c.name?.[ref.type];
        who.add('subject', nameSel ? shown(find(nameSel)) : title, email);
      }
      return signal(c.site, c.view ?? 'record', url, {
        record: { system: c.site, type: ref.type, id: ref.id },
        people: who.list,
        company,
        title,
      });
    },
  };
}
