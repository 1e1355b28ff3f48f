import Papa from 'papaparse';
import { ImportError } from '../errors';
import { decodeText, type DecodedText } from './encoding';
import { footerLength, footerLine, isBlankRow } from './footer';

/** Bigger files are refused before reading: 50 MB is ~300,000 CRM rows. */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

export type ParsedCsv = {
  /** the header row, each cell trimmed */
  headers: string[];
  /** data rows, each padded or cut to `headers.length` cells */
  rows: string[][];
  /** each data row's number as a spreadsheet shows it (blank lines count; the header is row 1) */
  rowNumbers: number[];
  /** the lines of a report footer below the data ("Grand Totals (4 records)" …), left out */
  footer: string[];
  /** the separator papaparse found: `,`, `;`, tab or `|` */
  delimiter: string;
};

/** Row numbers as a spreadsheet shows them, for rows with no blank lines between: the header is row 1. */
export function rowNumber(index: number): number {
  return index + 2;
}

/**
 * Turns the bytes of a chosen file into text and says which encoding it was
 * read in (see decodeText), refusing what is not a text file (a spreadsheet
 * saved as .xlsx, a PDF) with a message that says what to do instead.
 */
export function decodeCsv(bytes: Uint8Array): DecodedText {
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
  return decodeText(bytes);
}

/** The text of a chosen file's bytes (see decodeCsv). */
export function decodeCsvBytes(bytes: Uint8Array): string {
  return decodeCsv(bytes).text;
}

/** Reads a File or Blob chosen by the seller and decodes it (see decodeCsv). */
export async function readCsvFile(file: Blob): Promise<DecodedText> {
  if (file.size > MAX_CSV_BYTES) decodeCsv(new Uint8Array(MAX_CSV_BYTES + 1));
  return decodeCsv(new Uint8Array(await file.arrayBuffer()));
}

/**
 * Parses CSV text: quoted fields with commas, quotes and newlines, a UTF-8 BOM,
 * `;`-separated European exports and tab-separated files. Blank rows and a
 * Salesforce report's footer are left out, and each row keeps the number a
 * spreadsheet gives it. Throws an ImportError
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
    delimiter: guessDelimiter(text),
    // blank rows are kept so that rows are numbered as a spreadsheet numbers them
    skipEmptyLines: false,
  });
  const unclosed = result.errors.find((e) => e.type === 'Quotes');
  if (unclosed) {
    const at = typeof unclosed.row === 'number' ? ` (row ${unclosed.row + 1})` : '';
    throw new ImportError(
      `The file is cut off or damaged: a quoted value${at} is never closed. Export it again from your CRM.`,
    );
  }
  const records = result.data;
  const headAt = records.findIndex((cells) => !isBlankRow(cells));
  const headers = (records[headAt] ?? []).map((h) => h.trim());
  if (headAt === -1 || headers.every((h) => h === '')) {
    throw new ImportError('The file has no header row.');
  }
  const body = records.slice(headAt + 1);
  const dataEnd = body.length - footerLength(body);
  const width = headers.length;
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let i = 0; i < dataEnd; i++) {
    const cells = body[i]!;
    if (isBlankRow(cells)) continue;
    rowNumbers.push(headAt + i + 2);
    if (cells.length === width) rows.push(cells);
    else if (cells.length > width) rows.push(cells.slice(0, width));
    else rows.push([...cells, ...Array<string>(width - cells.length).fill('')]);
  }
  if (rows.length === 0) {
    throw new ImportError(
      'The file has a header row but no data rows: there is nothing to import.',
    );
  }
  const footer = body.slice(dataEnd).flatMap((cells) => footerLine(cells) ?? []);
  return { headers, rows, rowNumbers, footer, delimiter: result.meta.delimiter };
}

/**
 * The separator, guessed by papaparse from the first rows with blank lines
 * skipped: its guess counts a blank line as a one-column row, and a report's
 * blank lines would make it doubt the right separator.
 */
function guessDelimiter(text: string): string {
  const { meta } = Papa.parse<string[]>(text, {
    header: false,
    preview: 20,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  return meta.delimiter;
}
