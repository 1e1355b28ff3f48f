import { ImportError } from '../errors';

/** The encodings a CSV file is read in: UTF-8 first, Windows-1252 when the bytes are not UTF-8. */
export type CsvEncoding = 'utf-8' | 'windows-1252';

export const ENCODING_LABELS: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252 (Western European)',
};

export type DecodedText = { text: string; encoding: CsvEncoding };

/**
 * Bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D): no Western
 * European text has them, so a file holding them is in some other encoding (Mac
 * Roman, Shift-JIS …) and reading it as Windows-1252 would garble every name.
 */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Text from bytes that are valid UTF-8 (with or without a BOM), else from
 * Windows-1252: the encoding of Salesforce report exports and of European
 * Excel's "CSV" (not "CSV UTF-8"). Throws an ImportError for bytes that are
 * neither, saying how to save the file as UTF-8.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: try Windows-1252 below
  }
  if (bytes.some((b) => UNDEFINED_IN_1252.has(b))) {
    throw new ImportError(
      'This file is not UTF-8 text, nor Windows-1252 (it is saved in another encoding). In Excel choose “CSV UTF-8 (Comma delimited)”; in Google Sheets, File › Download › CSV.',
    );
  }
  const text = new TextDecoder('windows-1252').decode(bytes);
  return { text: text.replace(/[\x80-\x9f]/g, fromC1), encoding: 'windows-1252' };
}

/**
 * Windows-1252's characters for 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ).
 * Browsers decode them so already; Node's TextDecoder (which tests run on) reads
 * them as Latin-1 control characters, and this puts them right.
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0000\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u0000\u017d\u0000\u0000\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u0000\u017e\u0178';

function fromC1(c: string): string {
  return WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] || c;
}
