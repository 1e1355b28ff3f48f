/**
 * Pipedrive (<company>.pipedrive.com). Type and id from the URL; the name from
 * the detail header, email and organization from the details sidebar; the
 * activity flow is skipped (it quotes other people).
 */
import { crm } from './crm';

export function parsePipedriveUrl(url: URL): { type: string; id: string } | null {
  const r = /^\/(person|organization|deal)\/(\d+)(?:\/|$)/.exec(url.pathname);
  if (r) return { type: r[1]!, id: r[2]! };
  const lead =
    /^\/leads\/[a-z-]+\/([\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12})(?:\/|$)/i.exec(
      url.pathname,
    );
  return lead ? { type: 'lead', id: lead[1]!.toLowerCase() } : null;
}

export const pipedrive = /* @__PURE__ */ crm({
  site: 'pipedrive',
  parse: parsePipedriveUrl,
  // ---- selectors: keep every Pipedrive selector here ----
  skip: '[data-testid*=flow],[data-test*=flow], .flowItem, [data-testid=timeline]',
  title: '[data-testid=header-title]|[data-test=header-title]|main h1|h1',
  email: 'a[href^="mailto:"]',
  name: { lead: 'a[href*="/person/"]' },
  person: ['person', 'lead'],
  org: ['organization'],
  // The organization's Website field (a default field since 2023), by its field key.
  website: '[data-test=website] a|[data-testid=website] a|[data-field-key=website] a',
  company: { '*': 'a[href*="/organization/"]' },
});
