/**
 * Salesforce Lightning (*.lightning.force.com, sandboxes and "--" My Domain hosts
 * included). The URL names the record; the page adds its name, email and
 * account. Lightning keeps earlier records as hidden cached views in the DOM, so
 * everything is read inside the one view marked .active.
 */
import { crm } from './crm';
import { $$, decode, firstOf, hidden } from './dom';
import { KEY_PREFIXES, toSalesforceId18 } from './salesforce-id';

// ---- selectors: keep every Lightning selector here --------------------------------
const ACTIVE =
  '.oneContent.active, .windowViewMode-normal.active, .windowViewMode-maximized.active, .tabContent.active';
const VIEWS = '.oneContent, .windowViewMode-normal, .windowViewMode-maximized, .tabContent';
const FIELD = /* @__NO_SIDE_EFFECTS__ */ (label: string) =>
  `records-record-layout-item[field-label="${label}"] a|records-record-layout-item[field-label="${label}"] [slot="outputField"]`;
const ACCOUNT = firstOf(
  FIELD('Account Name'),
  'records-highlights-details-item a[href*="/Account/"]',
);
// --------------------------------------------------------------------------------

/** /lightning/r/Account/001…/view, /lightning/r/001…/view, with any suffix or query. */
export function parseSalesforceUrl(url: URL): { type: string; id: string } | null {
  const [l, r, a = '', b = ''] = url.pathname.split('/').filter(Boolean).map(decode);
  if (l !== 'lightning' || r !== 'r') return null;
  // Without the object name, the id's key prefix says what it is.
  const [type, raw] = toSalesforceId18(a) ? [KEY_PREFIXES[a.slice(0, 3)] ?? '', a] : [a, b];
  const id = toSalesforceId18(raw);
  return id && /^[A-Za-z]\w{0,79}$/.test(type) ? { type, id } : null;
}

function activeView(doc: Document): ParentNode {
  return (
    $$(doc, ACTIVE, 20).find((el) => !hidden(el)) ??
    $$(doc, VIEWS, 50).find((el) => !hidden(el)) ??
    doc
  );
}

export const salesforce = /* @__PURE__ */ crm({
  site: 'salesforce',
  parse: parseSalesforceUrl,
  scope: activeView,
  skip: '.forceRelatedListContainer, lst-related-list-single-container, records-related-list-container, force-activity-panel, .forceActivityPanel',
  title:
    '[slot="primaryField"]|records-highlights2 h1 lightning-formatted-text|.slds-page-header__title|h1 .uiOutputText',
  email: firstOf(FIELD('Email'), 'lightning-formatted-email a', 'a[href^="mailto:"]'),
  person: ['Contact', 'Lead'],
  org: ['Account'],
  company: { Contact: ACCOUNT, Opportunity: ACCOUNT, Lead: FIELD('Company') },
});
