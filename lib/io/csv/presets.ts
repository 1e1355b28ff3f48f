import { pipedriveHeader } from './header-aliases';
import { localizedField } from './localized-headers';

/**
 * What each CSV column means to Callprep, and the column names the CRMs' own
 * default exports use, so a Salesforce, HubSpot or Pipedrive export imports
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

export type CrmSystem = 'salesforce' | 'hubspot' | 'pipedrive';

export type Preset = {
  id: string;
  label: string;
  system: CrmSystem;
  kind: ImportKind;
  /** header (as presetHeader gives it) → field */
  fields: Record<string, ColumnField>;
  /** true when the headers (as presetHeader gives them) come from this export */
  detect: (has: (header: string) => boolean) => boolean;
  /** patterns for families of columns (Pipedrive's "Person - Email - Work") */
  patterns?: [RegExp, ColumnField][];
};

/** Header comparison ignores case, surrounding spaces and doubled spaces. */
export function foldHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A header as presets know it: folded, and a translated Pipedrive header in English. */
export function presetHeader(header: string): string {
  return pipedriveHeader(foldHeader(header));
}

const f = (entries: [string[], ColumnField][]): Record<string, ColumnField> => {
  const out: Record<string, ColumnField> = {};
  for (const [names, field] of entries) for (const n of names) out[foldHeader(n)] = field;
  return out;
};

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
      (has('id') && has('name') && (has('billingcity') || has('ownerid') || has('accountnumber'))),
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
    detect: (has) =>
      (has('record id') || has('contact id')) &&
      (has('email') || has('first name') || has('last name')),
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
  // Contacts first: a contacts export also carries the account's name and id.
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

/** The CRM record types an import's ids refer to. */
export function refTypes(system: string, kind: ImportKind): { record: string; company: string } {
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
    default:
      return { record: kind === 'customers' ? 'company' : 'contact', company: 'company' };
  }
}
