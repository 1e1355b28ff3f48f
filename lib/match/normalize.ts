/**
 * Name normalization shared by matching, import and the customers table's
 * `nameKey` index: "ACME, Inc." and "Acme Incorporated" must meet.
 */

// Legal-form words that say nothing about which company it is.
const LEGAL_FORMS = new Set([
  'inc',
  'incorporated',
  'llc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'ug',
  'se',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'oy',
  'oyj',
  'ab',
  'as',
  'asa',
  'aps',
  'pty',
  'pte',
  'kk',
  'sl',
  'sro',
  'sp',
  'zoo',
  'group',
  'holding',
  'holdings',
  'oo',
]);

// Words that only join legal forms: "GmbH & Co. KG", "Smith & Co.", "Sp. z o.o.".
const LEGAL_JOINERS = new Set(['and', 'und', 'et', 'y', 'e', 'z']);

// Letters NFKD does not split into a base letter and an accent.
const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
};

/** Folds case, accents, punctuation and whitespace. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[æøßłđœþı]/g, (c) => LETTERS_WITHOUT_DECOMPOSITION[c] ?? c)
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** "The Acme Corp., Inc." → "acme". Never empty when the name has letters or digits. */
export function normalizeCompanyName(name: string): string {
  // Dotted abbreviations first so "S.A." and "L.L.C." read as one word.
  const words = foldText(name.replace(/\b(?:[A-Za-z]\.){2,}/g, (m) => m.replace(/\./g, ''))).split(
    ' ',
  );
  const kept = words.filter((w, i) => w && !(i === 0 && w === 'the' && words.length > 1));
  let stripped = false;
  while (kept.length > 1) {
    const last = kept[kept.length - 1]!;
    if (!LEGAL_FORMS.has(last) && !(stripped && LEGAL_JOINERS.has(last))) break;
    kept.pop();
    stripped = true;
  }
  return kept.join(' ');
}

/** The distinct words of a normalized name, for the multi-entry `nameTokens` index. */
export function nameTokens(nameKey: string): string[] {
  return [...new Set(nameKey.split(' ').filter((w) => w.length >= 2))];
}

/** "  Ada   LOVELACE " → "Ada LOVELACE": trimmed, whitespace collapsed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
