import { pipedriveHeader } from './header-aliases';
import { foldHeader, presetFields as f } from './header-fold';
import { localizedField } from './localized-headers';
import { DYNAMICS_PRESETS } from './presets-dynamics';
import { isZohoExport, ZOHO_PRESETS } from './presets-zoho';

export { foldHeader };

/**
 * What each CSV column means to Callprep, and the column names the CRMs' own
 * default exports use, so a Salesforce, HubSpot, Pipedrive, Zoho CRM or
 * Dynamics 365 export imports
 * without a mapping screen. Any other CSV goes through the mapping screen.
 */

export const COLUMN_FIELDS = [
  'ignore',
  'name',
  'firstName',
  'lastName',
  'company',
  'companyCrmId',
  'domain',
  'website',
  'email',
  'crmId',
  'title',
  'phone',
  'industry',
] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

export const COLUMN_FIELD_LABELS: Record<ColumnField, string> = {
  ignore: 'Ignore',
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  company: 'Company name',
  companyCrmId: 'Company CRM id',
  domain: 'Domain',
  website: 'Website',
  email: 'Email',
  crmId: 'CRM id',
  title: 'Job title',
  phone: 'Phone',
  industry: 'Industry',
};

/** A row is a company (becomes a customer) or a person (a contact of one). */
export type ImportKind = 'customers' | 'contacts';

export type ImportMapping = {
  kind: ImportKind;
  /** one field per CSV column, in column order */
  columns: ColumnField[];
};

export type CrmSystem = 'salesforce' | 'hubspot' | 'pipedrive' | 'zoho' | 'dynamics';

/** The CRM record types of an import's ids and of its company ids, as in the refs pages give. */
export type RefTypes = { record: string; company: string };

export type Preset = {
  id: string;
  label: string;
  system: CrmSystem;
  kind: ImportKind;
  /** the record type of the file's ids when refTypes(system, kind) would not say it (a lead is not a contact) */
  recordType?: string;
  /** the record type of its company ids, likewise */
  companyType?: string;
  /** header (as presetHeader gives it) → field */
  fields: Record<string, ColumnField>;
  /** true when the headers (as presetHeader gives them) come from this export */
  detect: (has: (header: string) => boolean) => boolean;
  /** patterns for families of columns (Pipedrive's "Person - Email - Work") */
  patterns?: [RegExp, ColumnField][];
};

/** A header as presets know it: folded, and a translated Pipedrive header in English. */
export function presetHeader(header: string): string {
  return pipedriveHeader(foldHeader(header));
}

export const PRESETS: Preset[] = [
  // Salesforce: report exports use field labels; Data Loader and the weekly data
  // export use API names (Id, AccountId, FirstName …). Both are accepted.
  {
    id: 'salesforce-contacts',
    label: 'Salesforce contacts',
    system: 'salesforce',
    kind: 'contacts',
    fields: f([
      [['Contact ID', 'Id'], 'crmId'],
      [['First Name', 'FirstName'], 'firstName'],
      [['Last Name', 'LastName'], 'lastName'],
      [['Full Name', 'Contact Name', 'Name'], 'name'],
      [['Email'], 'email'],
      [['Account Name', 'Account.Name'], 'company'],
      [['Account ID', 'AccountId'], 'companyCrmId'],
      [['Title'], 'title'],
      [['Phone', 'Mobile', 'MobilePhone'], 'phone'],
    ]),
    detect: (has) =>
      (has('contact id') && (has('account id') || has('account name'))) ||
      (has('id') && has('accountid') && (has('lastname') || has('email'))),
  },
  {
    id: 'salesforce-accounts',
    label: 'Salesforce accounts',
    system: 'salesforce',
    kind: 'customers',
    fields: f([
      [['Account ID', 'Id'], 'crmId'],
      [['Account Name', 'Name'], 'name'],
      [['Website'], 'website'],
      [['Industry'], 'industry'],
    ]),
    detect: (has) =>
      (has('account id') && has('account name') && !has('email')) ||
      // a Data Loader lead export has Name and OwnerId too, but an account has no Company
      (has('id') &&
        has('name') &&
        !has('company') &&
        (has('billingcity') || has('ownerid') || has('accountnumber'))),
  },
  // A lead is a person not yet tied to an account: its company is the plain
  // "Company" text, and its id (00Q…) is a Lead record's, never a Contact's.
  {
    id: 'salesforce-leads',
    label: 'Salesforce leads',
    system: 'salesforce',
    kind: 'contacts',
    recordType: 'Lead',
    companyType: 'Account',
    fields: f([
      [['Lead ID', 'Id'], 'crmId'],
      [['First Name', 'FirstName'], 'firstName'],
      [['Last Name', 'LastName'], 'lastName'],
      [['Full Name', 'Lead Name', 'Name'], 'name'],
      [['Email'], 'email'],
      [['Company / Account', 'Company'], 'company'],
      [['Title'], 'title'],
      [['Phone', 'Mobile', 'MobilePhone'], 'phone'],
    ]),
    detect: (has) =>
      has('lead id') ||
      (has('id') &&
        has('company') &&
        !has('accountid') &&
        (has('lastname') || has('firstname') || has('email'))),
  },
  {
    id: 'hubspot-contacts',
    label: 'HubSpot contacts',
    system: 'hubspot',
    kind: 'contacts',
    fields: f([
      [['Record ID', 'Contact ID'], 'crmId'],
      [['First Name'], 'firstName'],
      [['Last Name'], 'lastName'],
      [['Email'], 'email'],
      [['Associated Company', 'Company Name'], 'company'],
      [
        ['Associated Company ID', 'Associated Company IDs', 'Associated Company IDs (Primary)'],
        'companyCrmId',
      ],
      [['Job Title'], 'title'],
      [['Phone Number', 'Mobile Phone Number'], 'phone'],
    ]),
    // Salesforce reports also say "Contact ID" (beside "Account ID"); Zoho also
    // writes "Record Id" and "Contact Owner"
    detect: (has) =>
      (has('record id') || has('contact id')) &&
      (has('email') || has('first name') || has('last name')) &&
      !has('account id') &&
      !isZohoExport(has),
  },
  {
    id: 'hubspot-companies',
    label: 'HubSpot companies',
    system: 'hubspot',
    kind: 'customers',
    fields: f([
      [['Record ID', 'Company ID'], 'crmId'],
      [['Company name', 'Name'], 'name'],
      [['Company Domain Name', 'Additional Domains'], 'domain'],
      [['Website URL'], 'website'],
      [['Industry'], 'industry'],
    ]),
    detect: (has) =>
      (has('record id') || has('company id')) &&
      has('company name') &&
      (has('company domain name') || has('website url')),
  },
  {
    id: 'pipedrive-people',
    label: 'Pipedrive people',
    system: 'pipedrive',
    kind: 'contacts',
    fields: f([
      [['Person - ID'], 'crmId'],
      [['Person - Name'], 'name'],
      [['Person - First name'], 'firstName'],
      [['Person - Last name'], 'lastName'],
      [['Person - Organization', 'Organization - Name'], 'company'],
      [['Organization - ID', 'Person - Organization ID'], 'companyCrmId'],
      [['Person - Job title', 'Person - Title'], 'title'],
    ]),
    patterns: [
      [/^person - email( - .+)?$/, 'email'],
      [/^person - phone( - .+)?$/, 'phone'],
    ],
    // the default people export has no id column: "Person - Name, Person - Email - Work, Organization - Name"
    detect: (has) =>
      has('person - id') ||
      has('person - name') ||
      has('person - first name') ||
      has('person - last name'),
  },
  {
    id: 'pipedrive-organizations',
    label: 'Pipedrive organizations',
    system: 'pipedrive',
    kind: 'customers',
    fields: f([
      [['Organization - ID'], 'crmId'],
      [['Organization - Name'], 'name'],
      [['Organization - Website', 'Organization - Domain'], 'website'],
      [['Organization - Industry'], 'industry'],
    ]),
    detect: (has) => has('organization - id') && has('organization - name'),
  },
  ...ZOHO_PRESETS,
  ...DYNAMICS_PRESETS,
];

export function getPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** The field a preset gives a header, or 'ignore'. */
export function presetField(preset: Preset, header: string): ColumnField {
  const h = presetHeader(header);
  const exact = preset.fields[h];
  if (exact) return exact;
  for (const [re, field] of preset.patterns ?? []) if (re.test(h)) return field;
  return 'ignore';
}

/** The preset whose export these headers come from, or null (then: the mapping screen). */
export function detectPreset(headers: string[]): Preset | null {
  const present = new Set(headers.map(presetHeader));
  // The detectors exclude one another for every known export (detect-preset.test.ts);
  // for others, contacts come first: a contacts export also carries the account's name and id.
  const has = (h: string) => present.has(h);
  return PRESETS.find((p) => p.detect(has)) ?? null;
}

/** The mapping a preset gives these headers (a column it does not know is ignored). */
export function presetMapping(preset: Preset, headers: string[]): ImportMapping {
  const columns = headers.map((h) => presetField(preset, h));
  // "Id" and "Name" appear in both Salesforce label and API exports: if a column is
  // mapped twice to crmId (e.g. "Contact ID" and "Id"), keep the first.
  const seen = new Set<ColumnField>();
  for (let i = 0; i < columns.length; i++) {
    const field = columns[i]!;
    if (field === 'crmId' || field === 'companyCrmId' || field === 'name') {
      if (seen.has(field)) columns[i] = 'ignore';
      seen.add(field);
    }
  }
  return { kind: preset.kind, columns };
}

/**
 * A first guess for any CSV, for the mapping screen: recognizes common header
 * names in English, German, French, Spanish, Dutch and Portuguese (see
 * localizedField); everything else starts as 'ignore'.
 */
export function guessMapping(headers: string[]): ImportMapping {
  const folded = headers.map(foldHeader);
  const first = folded.map((h) => localizedField(h, () => false));
  const has = (field: ColumnField) => first.includes(field);
  const columns = folded.map((h) => localizedField(h, has));
  const people = columns.some((c) => c === 'email' || c === 'firstName' || c === 'lastName');
  return { kind: people ? 'contacts' : 'customers', columns };
}

/**
 * The record types a preset gives its ids, while the import still is that
 * preset's (same CRM, same kind of row); otherwise undefined, and refTypes decides.
 */
export function presetRefTypes(
  preset: Preset | null | undefined,
  kind: ImportKind,
  system: string,
): Partial<RefTypes> | undefined {
  if (!preset || preset.kind !== kind || preset.system !== system.trim().toLowerCase()) return;
  return { record: preset.recordType, company: preset.companyType };
}

/** The CRM record types an import's ids refer to, by default (a preset may say otherwise). */
export function refTypes(system: string, kind: ImportKind): RefTypes {
  switch (system) {
    case 'salesforce':
      return { record: kind === 'customers' ? 'Account' : 'Contact', company: 'Account' };
    case 'hubspot':
      return { record: kind === 'customers' ? 'company' : 'contact', company: 'company' };
    case 'pipedrive':
      return {
        record: kind === 'customers' ? 'organization' : 'person',
        company: 'organization',
      };
    // Zoho's module names and Dynamics' entity names, as their record pages' URLs give them
    case 'zoho':
      return { record: kind === 'customers' ? 'Accounts' : 'Contacts', company: 'Accounts' };
    case 'dynamics':
      return { record: kind === 'customers' ? 'account' : 'contact', company: 'account' };
    default:
      return { record: kind === 'customers' ? 'company' : 'contact', company: 'company' };
  }
}
