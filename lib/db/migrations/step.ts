import type { Transaction } from 'dexie';

/** A stored row as it is on disk: whatever shape the version that wrote it gave it. */
export type StoredRow = Record<string, unknown>;

/**
 * Brings one table's row from the previous version's shape to this version's.
 * Pure and synchronous: Dexie runs it over the stored rows when the database
 * opens, and backup restore runs the very same function over an old file's rows.
 */
export type RowUpgrader = (row: StoredRow) => StoredRow;

/**
 * One schema version, in its own numbered file (`003-rename-x.ts` exports the
 * step for version 3 as `step`); index.ts finds it, Dexie declares it, backup
 * restore runs its `rows`. Never edit or delete a released step: add the next
 * one, with `tests/unit/db/fixtures/v2-data.ts` (rows as version 2 stored them),
 * which the migration tests open with today's code on their own (a conventions
 * test fails until it exists). `tests/unit/db/migrations/003-rename-x.test.ts`
 * may check what the step itself changes.
 */
export type MigrationStep = {
  version: number;
  /** Dexie stores declared by this version (only the tables it adds or changes; null drops) */
  stores: Record<string, string | null>;
  /** per-table row upgraders, used by the Dexie upgrade and by backup restore alike */
  rows?: Partial<Record<string, RowUpgrader>>;
  /**
   * Database-only work after the row upgraders (filling a new table, say). A backup
   * never sees it, so anything a row of an old backup needs belongs in `rows`.
   */
  upgrade?: (tx: Transaction) => Promise<void> | void;
};
