/**
 * Dynamics 365 / model-driven Power Apps (*.dynamics.com). The record is in the
 * query (etn=account&id=%7B…%7D&pagetype=entityrecord); form controls are
 * labelled data-id="<attribute>.fieldControl-…", which survives UI updates.
 */
import { crm } from './crm';
import { decode, firstOf } from './dom';

/** main.aspx?…&etn=account&id=%7B…%7D&pagetype=entityrecord (also inside the hash). */
export function parseDynamicsUrl(url: URL): { type: string; id: string } | null {
  const q = new URLSearchParams(url.search);
  const h = new URLSearchParams(url.hash.replace(/^#[^?]*\?|^#/, ''));
  const get = (k: string) => q.get(k) ?? h.get(k) ?? '';
  const page = get('pagetype').toLowerCase();
  const etn = get('etn').trim().toLowerCase();
  const id = /^\{?([\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12})\}?$/i.exec(decode(get('id').trim()));
  return (!page || page === 'entityrecord') && /^[a-z]\w{0,79}$/.test(etn) && id
    ? { type: etn, id: id[1]!.toLowerCase() }
    : null;
}

const LOOKUP = /* @__NO_SIDE_EFFECTS__ */ (field: string) =>
  `[data-id*="${field}"][data-id$=_selected_tag_text]`;

export const dynamics = /* @__PURE__ */ crm({
  site: 'dynamics',
  parse: parseDynamicsUrl,
  // ---- selectors: keep every Dynamics selector here ----
  title: '[data-id=header_title]',
  tidy: (t) => t.replace(/\s*-\s*(?:Saved|Unsaved)$/i, ''),
  email: '[data-id="emailaddress1.fieldControl-mail-text-input"]|[data-id^=emailaddress1] a',
  person: ['contact', 'lead'],
  org: ['account'],
  website: '[data-id="websiteurl.fieldControl-url-text-input"]|[data-id^=websiteurl] a',
  company: {
    lead: '[data-id="companyname.fieldControl-text-box-text"]',
    '*': firstOf(LOOKUP('parentcustomerid'), LOOKUP('parentaccountid'), LOOKUP('customerid')),
  },
});
