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
/** The element a selector list shows first, outside the skipped parts and not hidden. */
type Find = (sel: Sel) => Element | null;
type Reader = Sel | ((root: ParentNode, find: Find) => string | undefined);

export type Crm = {
  site: Site;
  view?: View;
  parse(url: URL): Ref | null;
  /** The part of the page that shows the current record (CRMs cache hidden views of others). */
  scope?(doc: Document): ParentNode;
  /** Never read inside these (related lists, activity feeds quoting other people). */
  skip?: string;
  title: Sel;
  /** Reads the record name from the title's element (default: what it shows). */
  heading?(el: Element | null): string | undefined;
  /** Where the record's own email is shown (person records only); the first that holds one wins. */
  email?: Sel;
  /** Where the person's name is when it is not the record title (a Pipedrive lead's contact), by type. */
  name?: Record<string, Sel>;
  /** Record types that are about a person (role "subject") and about an organisation. */
  person: string[];
  org: string[];
  /** The organisation shown on other record types, by type ("*" for any). */
  company?: Record<string, Reader>;
  /** Where an organisation record shows its website or domain (org types only). */
  website?: Reader;
  /** Cleans a header text ("Contoso - Saved" → "Contoso"). */
  tidy?(title: string): string;
};

/**
 * "https://www.Acme.com/about" or "acme.com" → "acme.com": the host a website field
 * shows; undefined for anything that is not one (a phone number, "n/a").
 */
export function hostOf(raw: string | null | undefined): string | undefined {
  const m =
    raw &&
    /^(?:[a-z][\w+.-]*:\/\/)?(?:www\d?\.)?((?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24})\.?(?:[:/?#]|$)/i.exec(
      raw.trim().slice(0, 300),
    );
  return m ? m[1]!.toLowerCase() : undefined;
}

/** The host a website field shows: its link's href (the text may be shortened), else its text. */
export function siteOf(el: Element | null | undefined): string | undefined {
  return hostOf(el?.getAttribute('href')) ?? hostOf(shown(el));
}

/** What an element shows: an input's value, else its title attribute, else its text. */
export function shown(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  return el.matches('input,textarea') ? value(el, 200) : (attr(el, 'title') ?? text(el));
}

export function crm(c: Crm): SiteReader {
  const readers = [c.title, c.email, c.website, ...Object.values(c.company ?? {})];
  return {
    site: c.site,
    keyNodes: anyOf(...readers.filter((r): r is string => typeof r === 'string')),
    recognize(doc, url) {
      const ref = c.parse(url);
      if (!ref) return null;
      const record = { system: c.site, type: ref.type, id: ref.id };
      const root = c.scope?.(doc) ?? doc;
      const ok = (el: Element) => !(c.skip && el.closest(c.skip)) && !hidden(el);
      const find: Find = (sel) => {
        for (const s of sel.split('|'))
          for (const el of $$(root, s, 60)) if (ok(el) && shown(el)) return el;
        return null;
      };
      const raw = (c.heading ?? shown)(find(c.title));
      // No record name: a layout we do not understand. The URL's ref alone still
      // matches exactly; anything else read from it could be someone else's.
      if (!raw) return signal(c.site, c.view ?? 'record', url, { record });
      const title = c.tidy ? c.tidy(raw) : raw;
      const read = (r: Reader | undefined) =>
        typeof r === 'function' ? r(root, find) : r ? shown(find(r)) : undefined;
      const org = c.org.includes(ref.type);
      const company = org ? title : read(c.company?.[ref.type] ?? c.company?.['*']);
      const who = people();
      if (c.person.includes(ref.type)) {
        let email: string | undefined;
        for (const s of c.email?.split('|') ?? [])
          for (const el of $$(root, s, 20))
            email ||= ok(el)
              ? (emailOf(el) ??
                normalizeEmail(value(el, 320)) ??
                emailsIn(text(el, 400) ?? '', 1)[0])
              : undefined;
        const nameSel = c.name?.[ref.type];
        who.add('subject', nameSel ? shown(find(nameSel)) : title, email);
      }
      const s = signal(c.site, c.view ?? 'record', url, {
        record,
        people: who.list,
        company,
        title,
      });
      const w = org ? c.website : undefined;
      const domain =
        typeof w === 'function' ? hostOf(w(root, find)) : w ? siteOf(find(w)) : undefined;
      if (domain) s.domain = domain;
      return s;
    },
  };
}
