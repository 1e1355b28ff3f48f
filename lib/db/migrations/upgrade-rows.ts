import type { MigrationStep, RowUpgrader, StoredRow } from './step';

/** A stored row is a plain object; anything else is left for validation to refuse. */
export const isStoredRow = (row: unknown): row is StoredRow =>
  typeof row === 'object' && row !== null && !Array.isArray(row);

/**
 * Brings tables written at schema `fromVersion` up to the last of `steps`, by
 * the row upgraders of every later step in turn: how an old backup reaches
 * today's shape before it is validated. Anything that is not a row is left as it
 * is, for validation to name.
 */
export function upgradeTableRows(
  data: Record<string, unknown[]>,
  fromVersion: number,
  steps: readonly MigrationStep[],
): Record<string, unknown[]> {
  const later = steps.filter((s) => s.version > fromVersion && s.rows);
  if (later.length === 0) return data;
  const out: Record<string, unknown[]> = {};
  for (const [table, rows] of Object.entries(data)) {
    const upgraders = later
      .map((s) => s.rows?.[table])
      .filter((u): u is RowUpgrader => u !== undefined);
    out[table] =
      upgraders.length === 0
        ? rows
        : rows.map((row) =>
            isStoredRow(row) ? upgraders.reduce((r, upgrade) => upgrade(r), row) : row,
          );
  }
  return out;
}
