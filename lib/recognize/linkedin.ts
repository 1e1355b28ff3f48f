/**
 * LinkedIn (www.linkedin.com/in/<slug>/, /company/<slug>/). The slug names the
 * profile; the top card gives the name and, for people, the current company
 * (its button is labelled "Current company: …").
 */
import { crm } from './crm';
import { $$, clean, decode } from './dom';

export function parseLinkedinUrl(url: URL): { type: string; id: string } | null {
  const m = /^\/(in|company)\/([^/]{1,100})/.exec(url.pathname);
  const slug = m && decode(m[2]!).trim().toLowerCase();
  return slug && /^[^\s:/]+$/.test(slug) ? { type: m[1]!, id: slug } : null;
}

function currentCompany(root: ParentNode): string | undefined {
  for (const el of $$(root, '[aria-label^="Current company"]', 5)) {
    const m = /^Current company:\s*(.+?)(?:\.\s+Click\b.*)?$/i.exec(
      el.getAttribute('aria-label')!.slice(0, 300),
    );
    if (m) return clean(m[1]);
  }
  return undefined;
}

export const linkedin = /* @__PURE__ */ crm({
  site: 'linkedin',
  view: 'profile',
  parse: parseLinkedinUrl,
  // ---- selectors: keep every LinkedIn selector here ----
  title: 'main h1|h1',
  person: ['in'],
  org: ['company'],
  company: { in: currentCompany },
});
