/**
 * A report becomes a regression test in one step: every saved page is read as
 * the content script reads it, redacted with nothing kept, written to a report
 * file, parsed back, rebuilt as HTML at its URL pattern, and recognized again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognizePage } from '@/lib/recognize';
import type { PageSignal } from '@/lib/recognize/signal';
import { fixtureFromReport } from '@/lib/report/fixture';
import { buildPageReport, parsePageReport, reportFileText } from '@/lib/report/format';
import { readPageStructure } from '@/lib/report/page-structure';
import { urlPattern } from '@/lib/report/url-pattern';

const DIR = join(__dirname, '../../fixtures/pages');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => ({
    name: f.replace(/\.html$/, ''),
    html: readFileSync(join(DIR, f), 'utf8'),
    url: (
      JSON.parse(readFileSync(join(DIR, f.replace(/\.html$/, '.json')), 'utf8')) as {
        url: string;
      }
    ).url,
  }));

/** Report the page with `keep` ticked, and recognize the fixture the report turns into. */
function roundTrip(html: string, url: string, keep: string[] = []) {
  const doc = parse(html);
  const signal = recognizePage(doc, url);
  const file = reportFileText(
    buildPageReport({
      structure: readPageStructure(doc, url),
      signal,
      keep: new Set(keep),
      now: 0,
    }),
  );
  const fixture = fixtureFromReport(parsePageReport(file));
  return { signal, file, fixture, again: recognizePage(parse(fixture.html), fixture.url) };
}

const shape = (s: PageSignal | null) => s && { site: s.site, view: s.view, record: s.record };

// A LinkedIn profile's record id is the person's name (/in/bruno-costa-…): never kept.
// An inline Outlook compose is found by its "Add a subject" label: see the keep-list case.
const NAME_IN_URL = 'linkedin-profile-person';
const FOUND_BY_LABEL = 'outlook-compose-inline';

/**
 * The pages a recognizer knows by their URL, record ids and structure: a record
 * whose id the URL pattern keeps. Pages known by their words (a sender's name,
 * a role mailbox) are not expected to survive placeholders unless kept.
 */
const byStructure = pages.filter(({ html, url }) => {
  const id = recognizePage(parse(html), url)?.record?.id;
  return id !== undefined && urlPattern(url).includes(id);
});

describe('a report turned back into a fixture', () => {
  it('covers the record pages of every CRM', () => {
    const sites = new Set(byStructure.map((p) => p.name.split('-')[0]));
    for (const site of ['salesforce', 'hubspot', 'pipedrive', 'dynamics', 'zoho'])
      expect(sites, site).toContain(site);
  });

  it.each(byStructure)('$name keeps its site, view and record', ({ html, url }) => {
    const { signal, again } = roundTrip(html, url);
    expect(shape(again)).toEqual(shape(signal));
  });

  it.each(pages.filter((p) => /^(gmail|outlook)-list-/.test(p.name)))(
    '$name keeps its site and view',
    ({ html, url }) => {
      const { signal, again } = roundTrip(html, url);
      expect(shape(again)).toEqual(shape(signal));
    },
  );

  it('keeps a Salesforce record id from the URL and none of the page’s words', () => {
    const page = pages.find((p) => p.name === 'salesforce-record-account')!;
    const { signal, again, file } = roundTrip(page.html, page.url);
    expect(again?.record).toEqual(signal?.record);
    expect(signal?.company ?? signal?.title).toBeTruthy();
    expect(file).not.toContain(signal!.company ?? signal!.title!);
  });

  it('finds a region by a label only when the seller kept that label', () => {
    const page = pages.find((p) => p.name === FOUND_BY_LABEL)!;
    expect(roundTrip(page.html, page.url).signal?.view).toBe('compose');
    expect(roundTrip(page.html, page.url).again?.view).not.toBe('compose');
    expect(roundTrip(page.html, page.url, ['Add a subject']).again?.view).toBe('compose');
  });

  it('does not keep a profile slug, which is a name', () => {
    const page = pages.find((p) => p.name === NAME_IN_URL)!;
    const { signal, again, file } = roundTrip(page.html, page.url);
    expect(again?.site).toBe(signal?.site);
    expect(again?.view).toBe(signal?.view);
    expect(file).not.toContain(signal!.record!.id);
    expect(again?.record?.id).toHaveLength(signal!.record!.id.length);
  });
});
