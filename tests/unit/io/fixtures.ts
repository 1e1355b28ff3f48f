import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeCsvBytes, parseCsv, type ParsedCsv } from '@/lib/io/csv';

export const CSV_DIR = resolve('tests/fixtures/csv');

export function csvBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(CSV_DIR, name)));
}

/** A fixture read the way the workspace reads a chosen file. */
export function loadCsv(name: string): ParsedCsv {
  return parseCsv(decodeCsvBytes(csvBytes(name)));
}
