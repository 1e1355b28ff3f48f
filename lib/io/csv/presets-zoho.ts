import { presetFields } from './header-fold';
import type { Preset } from './presets';

/**
 * Zoho CRM's module exports (Setup → Data Administration → Export, or a list
 * view's Export): "Record Id" (often "zcrm_<digits>"), "<Module> Owner",
 * "Created Time", "Modified Time", "Tag", and lookups as "<Field>.id" columns.
 * Record types are the module names the record page's URL shows
 * (/crm/tab/Contacts/<id>), so an imported id is the page's ref.
 */

// Columns only Zoho writes beside "Record Id"; HubSpot also says "Record ID" and "Contact owner".
const ZOHO_ONLY = [
  'created time',
  'modified time',
  'last activity time',
  'tag',
  'secondary email',
  'account name',
  'account name.id',
  'contact owner.id',
  'account owner.id',
  'lead owner.id',
  'account owner',
  'lead owner',
];

/** True when the headers come from a Zoho CRM export (any module). */
export function isZohoExport(has: (header: string) => boolean): boolean {
  return has('record id') && ZOHO_ONLY.some(has);
}

// A lead has a plain "Company" text; contacts and accounts have "Account Name".
const isLeads = (has: (header: string) => boolean) =>
  has('lead owner') || (has('company') && !has('account name'));
const isAccounts = (has: (header: string) => boolean) =>
  has('account owner') ||
  (has('account name') && !has('first name') && !has('last name') && !has('email'));

const PERSON_FIELDS = presetFields([
  [['Record Id'], 'crmId'],
  [['First Name'], 'firstName'],
  [['Last Name'], 'lastName'],
  [['Full Name'], 'name'],
  [['Email', 'Secondary Email'], 'email'],
  [['Title', 'Designation'], 'title'],
  [['Phone', 'Mobile'], 'phone'],
]);

export const ZOHO_PRESETS: Preset[] = [
  {
    id: 'zoho-contacts',
    label: 'Zoho CRM contacts',
    system: 'zoho',
    kind: 'contacts',
    recordType: 'Contacts',
    companyType: 'Accounts',
    fields: {
      ...PERSON_FIELDS,
      ...presetFields([
        [['Account Name'], 'company'],
        [['Account Name.id', 'Account Id'], 'companyCrmId'],
      ]),
    },
    detect: (has) => isZohoExport(has) && !isLeads(has) && !isAccounts(has),
  },
  {
    id: 'zoho-accounts',
    label: 'Zoho CRM accounts',
    system: 'zoho',
    kind: 'customers',
    recordType: 'Accounts',
    companyType: 'Accounts',
    fields: presetFields([
      [['Record Id'], 'crmId'],
      [['Account Name'], 'name'],
      [['Website'], 'website'],
      [['Industry'], 'industry'],
    ]),
    detect: (has) => isZohoExport(has) && !isLeads(has) && isAccounts(has),
  },
  {
    id: 'zoho-leads',
    label: 'Zoho CRM leads',
    system: 'zoho',
    kind: 'contacts',
    recordType: 'Leads',
    // a lead's company is text, never an account record
    companyType: 'Accounts',
    fields: { ...PERSON_FIELDS, ...presetFields([[['Company'], 'company']]) },
    detect: (has) => isZohoExport(has) && isLeads(has),
  },
];
