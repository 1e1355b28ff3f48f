/**
 * What a CRM record reference is about, and how to say it in words. Shared by
 * matching (reasons) and learning (where a linked page's reference is stored).
 */
import { SITE_LABELS } from '../sites';

type RecordRef = { system: string; type: string; id: string };

/** A record's system is the site that read it (lib/sites/<script>/<site>.ts names it). */
const SYSTEM_LABELS: Readonly<Record<string, string>> = SITE_LABELS;

// Record types (lower-cased) that are about one person: Salesforce Contact/Lead,
// HubSpot contact, Pipedrive person, Dynamics contact/lead, Zoho Contacts/Leads,
// LinkedIn `in` profiles.
const PERSON_TYPES = new Set(['contact', 'contacts', 'lead', 'leads', 'person', 'persons', 'in']);
// Record types that are the organisation itself.
const ORGANIZATION_TYPES = new Set([
  'account',
  'accounts',
  'company',
  'companies',
  'organization',
  'organizations',
  'organisation',
]);

/** True when the record is a person (a contact, lead or profile), not an organisation or deal. */
export function isPersonRecord(record: RecordRef | undefined): boolean {
  if (!record) return false;
  const type = record.type.toLowerCase();
  // A Pipedrive lead is a deal in the making, not a person.
  if (record.system === 'pipedrive' && type === 'lead') return false;
  return PERSON_TYPES.has(type);
}

/** True when the record is the organisation itself (account, company, organization). */
export function isOrganizationRecord(record: RecordRef | undefined): boolean {
  return !!record && ORGANIZATION_TYPES.has(record.type.toLowerCase());
}

/** "Salesforce Account 001Ht00003AbCdEIAV", "LinkedIn profile ada-lovelace". */
export function describeRecord(record: RecordRef): string {
  const system =
    SYSTEM_LABELS[record.system] ?? record.system.charAt(0).toUpperCase() + record.system.slice(1);
  let type = record.type;
  if (record.system === 'linkedin') {
    if (type === 'in') type = 'profile';
    else if (type === 'company') type = 'company page';
  }
  const id = record.id.length > 24 ? `${record.id.slice(0, 20)}…` : record.id;
  return `${system} ${type} ${id}`;
}
