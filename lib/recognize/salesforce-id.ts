/**
 * Salesforce record ids come as 15-character case-sensitive ids (classic URLs,
 * reports, people pasting) or as 18-character ids whose last three characters
 * encode the case of the first fifteen. We always store the 18-character form so
 * one record never looks like two.
 */
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** "001D000000IqhSL" → "001D000000IqhSLIAZ"; 18-char ids pass through; anything else → undefined. */
export function toSalesforceId18(id: string | null | undefined): string | undefined {
  if (!id) return undefined;
  // An 18-char id keeps its own suffix, upper-cased (the suffix alphabet has no lower case).
  if (/^[a-zA-Z0-9]{18}$/.test(id)) return id.slice(0, 15) + id.slice(15).toUpperCase();
  if (!/^[a-zA-Z0-9]{15}$/.test(id)) return undefined;
  return id + checksum(id);
}

function checksum(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i; // an upper-case letter sets its bit
    }
    suffix += SUFFIX_ALPHABET[bits];
  }
  return suffix;
}

/** Key prefixes of the standard objects, for /lightning/r/<id>/view URLs without the object name. */
export const KEY_PREFIXES: Record<string, string> = {
  '001': 'Account',
  '003': 'Contact',
  '006': 'Opportunity',
  '00Q': 'Lead',
  '500': 'Case',
};
