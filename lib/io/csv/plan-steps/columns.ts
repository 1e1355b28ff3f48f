import { collapseWhitespace } from '../../../match/normalize';
import type { ColumnField } from '../presets';

const SPLIT = /[;,\s]+/;

/** Reads a row's cells by what they mean rather than where they are. */
export type ColumnReader = {
  /** the first non-blank value of the field's columns, whitespace collapsed; '' when none */
  first(cells: readonly string[], field: ColumnField): string;
  /** every value of the field's columns, split on commas, semicolons and spaces */
  all(cells: readonly string[], field: ColumnField): string[];
};

/** A reader for rows laid out as `columns` says (one field per column, in column order). */
export function columnReader(columns: readonly ColumnField[]): ColumnReader {
  const cols = new Map<ColumnField, number[]>();
  columns.forEach((field, i) => {
    if (field === 'ignore') return;
    cols.set(field, [...(cols.get(field) ?? []), i]);
  });
  return {
    first(cells, field) {
      for (const i of cols.get(field) ?? []) {
        const v = collapseWhitespace(cells[i] ?? '');
        if (v) return v;
      }
      return '';
    },
    all: (cells, field) =>
      (cols.get(field) ?? []).flatMap((i) => (cells[i] ?? '').split(SPLIT)).filter(Boolean),
  };
}
