/**
 * Salesforce Lightning (*.lightning.force.com, sandboxes and "--" My Domain hosts
 * included). The URL names the record; the page adds its name, email and
 * account. Lightning keeps earlier records as hidden cached views in the DOM, so
 * everything is read inside the one view marked .active.
 */
import { crm, hostOf, shown, siteOf } from './crm';
import { $$, decode, firstOf, hidden, text } from './dom';
import { KEY_PREFIXES, toSalesforceId18 } from './salesforce-id';

// ---- selectors: keep every Lightning selector here --------------------------------
const ACTIVE =
  '.oneContent.active, .windowViewMode-normal.active, .windowViewMode-maximized.active, .tabContent.active';
const VIEWS = '.oneContent, .windowViewMode-normal, .windowViewMode-maximized, .tabContent';
const FIELD = /* @__NO_SIDE_EFFECTS__ */ (label: string) =>
  `records-record-layout-item[field-label="${label}"] a|records-record-layout-item[field-label="${label}"] [slot=outputField]`;
const SKIP =
  '.forceRelatedListContainer, lst-related-list-single-container, records-related-list-container, force-activity-panel, .forceActivityPanel';
const LABELS = '.test-id__field-label, .slds-form-element__label, .slds-text-title, dt';
/** Most specific first: a `dd` also holds the edit button's text. */
const VALUES = ['.test-id__field-value', '.fieldComponent', '.slds-form-element__static', 'dd'];
const ACCOUNT = firstOf(
  FIELD('Account Name'),
  'records-highlights-details-item a[href*="/Account/"]',
);
// --------------------------------------------------------------------------------

/**
 * /lightning/r/Account/001…/view, /lightning/r/001…/view, with any suffix or query, and the
 * older /one/one.app#/sObject/001…/view.
 */
export function parseSalesforceUrl(url: URL): { type: string; id: string } | null {
  const path =
    url.pathname === '/one/one.app'
      ? url.hash.replace(/^#\/sObject\//, '/lightning/r/')
      : url.pathname;
  const [l, r, a = '', b = ''] = path.split('/').filter(Boolean).map(decode);
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

/**
 * A field found by its visible label when the layout names it nowhere else (the
 * highlights panel, a details tab without field names, Aura's page blocks): the
 * value in the same form element.
 */
function byLabel(root: ParentNode, label: string): string | undefined {
  for (const el of $$(root, LABELS, 200)) {
    if (text(el, 40) !== label || el.closest(SKIP) || hidden(el)) continue;
    const box = el.closest(
      '.slds-form-element, records-highlights-details-item, .forcePageBlockItem',
    );
    const v =
      VALUES.map((s) => $$(box, s, 5).find((v) => !v.contains(el))).find(Boolean) ??
      el.nextElementSibling;
    const shownValue = v && !hidden(v) ? shown(v) : undefined;
    if (shownValue) return shownValue;
  }
  return undefined;
}

export const salesforce = /* @__PURE__ */ crm({
  site: 'salesforce',
  parse: parseSalesforceUrl,
  scope: activeView,
  skip: SKIP,
  title:
    '[slot=primaryField]|records-highlights2 h1 lightning-formatted-text|.slds-page-header__title|h1 .uiOutputText',
  email: firstOf(FIELD('Email'), 'lightning-formatted-email a', 'a[href^="mailto:"]'),
  person: ['Contact', 'Lead'],
  org: ['Account'],
  // The Website field's link, else a Website shown by its label (the highlights panel).
  website: (root, find) => siteOf(find(FIELD('Website'))) ?? hostOf(byLabel(root, 'Website')),
  company: {
    Contact: ACCOUNT,
    Opportunity: ACCOUNT,
    // A lead's company is a text field, not an Account lookup.
    Lead: (root, find) => shown(find(FIELD('Company'))) ?? byLabel(root, 'Company'),
  },
});
