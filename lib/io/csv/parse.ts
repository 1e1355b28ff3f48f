import Papa from 'papaparse';
import { ImportError } from '../errors';

/** Bigger files are refused before reading: 50 MB is ~300,000 CRM rows. */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

export type ParsedCsv = {
  /** the header row, each cell trimmed */
  headers: string[];
  /** data rows, each padded or cut to `headers.length` cells */
  rows: string[][];
  /** the separator papaparse found: `,`, `;`, tab or `|` */
  delimiter: string;
};

/** Row numbers as a spreadsheet shows them: the header is row 1. */
export function rowNumber(index: number): number {
  return index + 2;
}

/**
 * Turns the bytes of a chosen file into text, refusing what is not a UTF-8 text
 * file (a spreadsheet saved as .xlsx, a PDF, a file in Latin-1) with a message
 * that says what to do instead.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError('The file is empty.');
  if (bytes.length > MAX_CSV_BYTES) {
    throw new ImportError(
      `The file is ${(bytes.length / 1024 / 1024).toFixed(0)} MB; Callprep imports CSV files up to ${MAX_CSV_BYTES / 1024 / 1024} MB. Split it into smaller files.`,
    );
  }
  if (bytes.indexOf(0) !== -1) {
    throw new ImportError(
      'This is not a CSV file (it contains binary data). Export or save it as “CSV UTF-8” and choose that file.',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(
      'This file is not UTF-8 text (it may be saved as Latin-1 or Windows-1252). In Excel choose “CSV UTF-8 (Comma delimited)”; in Google Sheets, File › Download › CSV.',
    );
  }
}

/** Reads a File or Blob chosen by the seller and decodes it (see decodeCsvBytes). */
export async function readCsvFile(file: Blob): Promise<string> {
  if (file.size > MAX_CSV_BYTES) decodeCsvBytes(new Uint8Array(MAX_CSV_BYTES + 1));
  return decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
}

/**
 * Parses CSV text: quoted fields with commas, quotes and newlines, a UTF-8 BOM,
 * `;`-separated European exports and tab-separated files. Throws an ImportError
 * for text that is not a usable table (binary, a quote never closed, no header,
 * a header but no rows).
 */
export function parseCsv(text: string): ParsedCsv {
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') throw new ImportError('The file is empty.');
  if (text.includes('\u0000')) {
    throw new ImportError('This is not a CSV file (it contains binary data).');
  }
  if (text.includes('\uFFFD')) {
    throw new ImportError(
      'This file is not valid UTF-8 text (some characters could not be read). Save it as “CSV UTF-8” and try again.',
    );
  }
  const result = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const unclosed = result.errors.find((e) => e.type === 'Quotes');
  if (unclosed) {
    const at = typeof unclosed.row === 'number' ? ` (row ${unclosed.row + 1})` : '';
    throw new ImportError(
      `The file is cut off or damaged: a quoted value${at} is never closed. Export it again from your CRM.`,
    );
  }
  const [head, ...body] = result.data;
  const headers = (head ?? []).map((h) => h.trim());
  if (headers.length === 0 || headers.every((h) => h === '')) {
    throw new ImportError('The file has no header row.');
  }
  const width = headers.length;
  const rows: string[][] = [];
  for (const cells of body) {
    if (cells.length === width) rows.push(cells);
    else if (cells.length > width) rows.push(cells.slice(0, width));
    else rows.push([...cells, ...Array<string>(width - cells.length).fill('')]);
  }
  if (rows.length === 0) {
    throw new ImportError(
      'The file has a header row but no data rows: there is nothing to import.',
    );
  }
  return { headers, rows, delimiter: result.meta.delimiter };
}
