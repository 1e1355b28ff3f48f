/**
 * Zoho CRM (crm.zoho.com / .eu / .in / .com.au / .jp).
 * Module and record id are in the URL (/crm/org123/tab/Accounts/<id>). The record's
 * name is the detail view's header (#recHeader1 in the current UI, #dv_title in the
 * older one), never the document title, which a single-page app leaves on the
 * record viewed before. Fields carry ids or data-zcqa names after their API names
 * (subvalue_EMAIL, value_Email …).
 */
import { crm } from './crm';
import { attr, decode, text } from './dom';

export function parseZohoUrl(url: URL): { type: string; id: string } | null {
  const m = /^\/crm\/(?:org\d+\/)?tab\/([A-Za-z]\w{0,79})\/(\d{5,30})(?:\/|$)/.exec(
    decode(url.pathname),
  );
  return m ? { type: m[1]!, id: m[2]! } : null;
}

export const zoho = /* @__PURE__ */ crm({
  site: 'zoho',
  parse: parseZohoUrl,
  // ---- selectors: keep every Zoho selector here ----
  skip: '.relatedListContainer,[data-zcqa*=relatedList],crm-relatedlist,.timeline,#crm_notes,lyte-hovercard',
  title:
    '#recHeader1|[data-zcqa=detailView_title]|#dv_title|[data-zcqa=detailView_recordName]|#subvalue_ACCOUNTNAME|#subvalue_FULLNAME|#subvalue_POTENTIALNAME|.dv_header h1|h1',
  // The header may show First and Last name (and a salutation) as separate spans.
  heading: (el) => (el ? (attr(el, 'title') ?? text(el, 200, ' ')) : undefined),
  tidy: (t) => t.replace(/^(Mr|Mrs|Ms|Miss|Dr|Prof)\.? (?=\S+ \S)/, ''),
  // value_Email, bc_value_Email (the new UI's field and business card), Email (older).
  email: '#subvalue_EMAIL|[data-zcqa$=Email]|.cxDvRecordEmail|a[href^="mailto:"]',
  person: ['Contacts', 'Leads'],
  org: ['Accounts'],
  website: '#subvalue_WEBSITE|[data-zcqa$=Website]',
  company: {
    Leads: '#subvalue_COMPANY|[data-zcqa$=Company]',
    '*': '[data-zcqa$="Account Name"]|#subvalue_ACCOUNTID|a[href*="/tab/Accounts/"]',
  },
});
