import type { ColumnField } from './presets';

/** Header comparison ignores case, surrounding spaces and doubled spaces. */
export function foldHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A preset's field table: each header name (folded) → its field. */
export function presetFields(entries: [string[], ColumnField][]): Record<string, ColumnField> {
  const out: Record<string, ColumnField> = {};
  for (const [names, field] of entries) for (const n of names) out[foldHeader(n)] = field;
  return out;
}
