/**
 * HubSpot (app.hubspot.com and regional app-eu1 / app-na2 … hosts). The URL has
 * the object type id and record id; the page is tagged for HubSpot's own
 * Selenium tests (data-selenium-test), steadier than its generated classes.
 */
import { crm } from './crm';
import { firstOf } from './dom';

const TYPES: Record<string, string> = {
  '0-1': 'contact',
  '0-2': 'company',
  '0-3': 'deal',
  '0-5': 'ticket',
};

/** /contacts/<portal>/record/0-1/<id>[/…] and the older /contacts/<portal>/contact/<id>. */
export function parseHubspotUrl(url: URL): { type: string; id: string } | null {
  const m =
    /^\/contacts\/\d+\/(?:record\/(0-\d+)|(contact|company|deal|ticket))\/(\d+)(?:\/|$)/.exec(
      url.pathname,
    );
  const type = m && (m[2] ?? TYPES[m[1]!]);
  return type ? { type, id: m[3]! } : null;
}

export const hubspot = /* @__PURE__ */ crm({
  site: 'hubspot',
  parse: parseHubspotUrl,
  // ---- selectors: keep every HubSpot selector here ----
  // The activity timeline quotes colleagues and other customers (their mailto links,
  // companies they mention): never read the record from it.
  skip: '[data-test-id*=timeline],[data-selenium-test*=timeline]',
  title: '[data-selenium-test=highlightTitle]|[data-test-id=highlight-title]',
  // The highlight card's mailto, else the about card's email property (often plain
  // text, no link), else whatever address the highlight card shows.
  email: firstOf(
    '[data-selenium-test=contact-highlight-details] a[href^="mailto:"]',
    '[data-selenium-test=property-input-email]',
    '[data-selenium-test=contact-highlight-details]',
    '[data-selenium-test=highlightSubtitle]',
  ),
  person: ['contact'],
  org: ['company'],
  // The "Company domain name" property (domain), else the highlight card's website link.
  website: firstOf(
    '[data-selenium-test=property-input-domain]',
    '[data-selenium-test=highlightSubtitle] a[href^=http]',
  ),
  // The associated company: its chicklet, else the first company linked from an association card.
  company: {
    '*': firstOf(
      '[data-selenium-test=company-chicklet-title-link]',
      '[data-test-id=company-chicklet-title-link]',
      '[data-selenium-test*=ASSOCIATION] a[href*="/record/0-2/"]',
      '[data-selenium-test*=associations-card] a[href*="/record/0-2/"]',
    ),
  },
});
