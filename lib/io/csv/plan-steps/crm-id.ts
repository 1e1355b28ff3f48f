import { toSalesforceId18 } from '../../../recognize/salesforce-id';

const GUID = /^\{?([\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12})\}?$/i;

/** A CRM id in its canonical form (as the record page's ref has it), or null when it is not one. */
export function normalizeCrmId(system: string, raw: string): string | null {
  const value = raw.trim();
  if (system === 'salesforce') return toSalesforceId18(value) ?? null;
  if (system === 'hubspot' || system === 'pipedrive') {
    const digits = value.replace(/\.0+$/, '');
    return /^\d{1,20}$/.test(digits) ? digits : null;
  }
  // Zoho's exports write "zcrm_3652397000000343145"; its record URLs show the digits.
  if (system === 'zoho') {
    const digits = value.replace(/^zcrm_/i, '').replace(/\.0+$/, '');
    return /^\d{5,30}$/.test(digits) ? digits : null;
  }
  // Dynamics URLs carry the guid in braces, in any case; the page's ref has it bare, lower case.
  if (system === 'dynamics') {
    const guid = GUID.exec(value);
    return guid ? guid[1]!.toLowerCase() : null;
  }
  return /^[^\s:]{1,200}$/.test(value) ? value : null;
}
