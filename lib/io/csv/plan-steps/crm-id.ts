import { toSalesforceId18 } from '../../../recognize/salesforce-id';

/** A CRM id in its canonical form, or null when it is not one. */
export function normalizeCrmId(system: string, raw: string): string | null {
  const value = raw.trim();
  if (system === 'salesforce') return toSalesforceId18(value) ?? null;
  if (system === 'hubspot' || system === 'pipedrive') {
    const digits = value.replace(/\.0+$/, '');
    return /^\d{1,20}$/.test(digits) ? digits : null;
  }
  return /^[^\s:]{1,200}$/.test(value) ? value : null;
}
