import { presetFields } from './header-fold';
import type { Preset } from './presets';

/**
 * Dynamics 365's "Export to Excel", saved as CSV: the first columns are
 * "(Do Not Modify) <Entity>" (the record's guid), "(Do Not Modify) Row
 * Checksum" and "(Do Not Modify) Modified On", then the view's columns by their
 * display names. Record types are the entity logical names the record page's
 * URL shows (etn=contact), so an imported guid is the page's ref.
 */

const KEY = {
  contact: '(do not modify) contact',
  account: '(do not modify) account',
  lead: '(do not modify) lead',
} as const;

/** The headers carry this entity's key column and no other's. */
const exportOf =
  (entity: keyof typeof KEY) =>
  (has: (header: string) => boolean): boolean =>
    has(KEY[entity]) &&
    Object.entries(KEY).every(([other, header]) => other === entity || !has(header));

const PERSON_FIELDS = presetFields([
  [['Full Name', 'Name'], 'name'],
  [['First Name'], 'firstName'],
  [['Last Name'], 'lastName'],
  [['Email', 'Email Address 2', 'Email Address 3'], 'email'],
  [['Job Title'], 'title'],
  [['Business Phone', 'Mobile Phone'], 'phone'],
]);

export const DYNAMICS_PRESETS: Preset[] = [
  {
    id: 'dynamics-contacts',
    label: 'Dynamics 365 contacts',
    system: 'dynamics',
    kind: 'contacts',
    recordType: 'contact',
    companyType: 'account',
    fields: {
      ...PERSON_FIELDS,
      ...presetFields([
        [['(Do Not Modify) Contact'], 'crmId'],
        // the contact's parentcustomerid, by its display name
        [['Company Name', 'Account Name'], 'company'],
      ]),
    },
    detect: exportOf('contact'),
  },
  {
    id: 'dynamics-accounts',
    label: 'Dynamics 365 accounts',
    system: 'dynamics',
    kind: 'customers',
    recordType: 'account',
    companyType: 'account',
    fields: presetFields([
      [['(Do Not Modify) Account'], 'crmId'],
      [['Account Name'], 'name'],
      [['Website'], 'website'],
      [['Industry'], 'industry'],
    ]),
    detect: exportOf('account'),
  },
  {
    id: 'dynamics-leads',
    label: 'Dynamics 365 leads',
    system: 'dynamics',
    kind: 'contacts',
    recordType: 'lead',
    companyType: 'account',
    fields: {
      ...PERSON_FIELDS,
      ...presetFields([
        [['(Do Not Modify) Lead'], 'crmId'],
        [['Company Name'], 'company'],
      ]),
    },
    detect: exportOf('lead'),
  },
];
