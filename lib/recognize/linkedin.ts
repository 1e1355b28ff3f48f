/**
 * LinkedIn (/in/<slug>/, /company/<slug>/ on www. and on the country hosts,
 * se.linkedin.com, uk.linkedin.com …, where logged-out and regional visitors get
 * the guest layout). The slug names the profile; the top card gives the name and,
 * for people, the current company: signed in, a button labelled "Current company: …";
 * as a guest, the top card's current-position link.
 */
import { crm, shown } from './crm';
import { $$, attr, clean, decode, pick } from './dom';

export function parseLinkedinUrl(url: URL): { type: string; id: string } | null {
  const m = /^\/(in|company)\/([^/]{1,100})/.exec(url.pathname);
  const slug = m && decode(m[2]!).trim().toLowerCase();
  return slug && /^[^\s:/]+$/.test(slug) ? { type: m[1]!, id: slug } : null;
}

function currentCompany(root: ParentNode, find: (sel: string) => Element | null) {
  for (const el of $$(root, '[aria-label^="Current company"]', 5)) {
    const m = /^Current company:\s*(.+?)(?:\.\s+Click\b.*)?$/i.exec(
      el.getAttribute('aria-label')!.slice(0, 300),
    );
    if (m) return clean(m[1]);
  }
  // Guest layout: the top card's current-position link, else its logo's alt text.
  return (
    shown(
      find(
        '[data-section=currentPositionsDetails] .top-card-link__description|a[data-tracking-control-name=public_profile_topcard-current-company]|[data-section=currentPositionsDetails] .top-card-link',
      ),
    ) ??
    attr(
      pick(
        root,
        '[data-section=currentPositionsDetails] img[alt]|a[data-tracking-control-name=public_profile_topcard-current-company] img[alt]',
      ),
      'alt',
    )
  );
}

export const linkedin = /* @__PURE__ */ crm({
  site: 'linkedin',
  view: 'profile',
  parse: parseLinkedinUrl,
  // ---- selectors: keep every LinkedIn selector here ----
  // Sign-in prompts and "People also viewed" show other people's names.
  skip: 'aside, .modal, [class*=sign-in-modal]',
  title: '.top-card-layout__title|main h1|h1',
  person: ['in'],
  org: ['company'],
  company: { in: currentCompany },
});
