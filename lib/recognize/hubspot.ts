/**
 * HubSpot (app.hubspot.com and regional app-eu1 / app-na2 … hosts). The URL has
 * the object type id and record id; the page is tagged for HubSpot's own
 * Selenium tests (data-selenium-test), steadier than its generated classes.
 */
import { crm } from './crm';

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
  title: '[data-selenium-test="highlightTitle"]|[data-test-id="highlight-title"]',
  email:
    '[data-selenium-test="contact-highlight-details"] a[href^="mailto:"]|[data-selenium-test="highlightSubtitle"]|[data-selenium-test="property-input-email"]',
  person: ['contact'],
  org: ['company'],
  company: {
    '*': '[data-selenium-test="company-chicklet-title-link"]|[data-test-id="company-chicklet-title-link"]',
  },
});
