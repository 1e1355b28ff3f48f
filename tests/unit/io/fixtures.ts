import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CallprepDB } from '@/lib/db/schema';
import {
  decodeCsvBytes,
  detectPreset,
  parseCsv,
  planImport,
  presetMapping,
  type ParsedCsv,
} from '@/lib/io/csv';

export const CSV_DIR = resolve('tests/fixtures/csv');

export function csvBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(CSV_DIR, name)));
}

/** A fixture read the way the workspace reads a chosen file. */
export function loadCsv(name: string): ParsedCsv {
  return parseCsv(decodeCsvBytes(csvBytes(name)));
}

/**
 * What the workspace does with a file whose export it recognizes: the preset
 * picked from the headers, its mapping, and the plan with the spreadsheet's row
 * numbers. Null when no preset fits.
 */
export async function planWithDetectedPreset(db: CallprepDB, csv: ParsedCsv, now: number) {
  const preset = detectPreset(csv.headers);
  if (!preset) return null;
  const plan = await planImport(db, csv.rows, presetMapping(preset, csv.headers), {
    system: preset.system,
    headers: csv.headers,
    rowNumbers: csv.rowNumbers,
    now,
  });
  return { preset, plan };
}
