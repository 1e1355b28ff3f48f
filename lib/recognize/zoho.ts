/**
 * Zoho CRM (crm.zoho.com / .eu / .in / .com.au / .jp). Module and record id are
 * in the URL (/crm/org123/tab/Accounts/<id>); detail fields carry ids named
 * after their API names (subvalue_EMAIL …).
 */
import { crm } from './crm';
import { decode } from './dom';

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
  skip: '.relatedListContainer, [data-zcqa*="relatedList"], .timeline, #crm_notes',
  title:
    '[data-zcqa="detailView_recordName"]|#subvalue_ACCOUNTNAME|#subvalue_FULLNAME|#subvalue_POTENTIALNAME|#subvalue_DEALNAME|.dv_header h1|h1',
  email: '#subvalue_EMAIL|[data-zcqa="Email"]|a[href^="mailto:"]',
  person: ['Contacts', 'Leads'],
  org: ['Accounts'],
  company: { Leads: '#subvalue_COMPANY|[data-zcqa="Company"]', '*': 'a[href*="/tab/Accounts/"]' },
});
