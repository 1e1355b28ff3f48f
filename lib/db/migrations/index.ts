import { collectSteps } from './collect';
import type { MigrationStep } from './step';

export type { MigrationStep, RowUpgrader, StoredRow } from './step';
export { isStoredRow, upgradeTableRows } from './upgrade-rows';

/**
 * Every schema version Callprep ever shipped, oldest first: one numbered file
 * each, found here so adding a version is adding its file.
 */
export const MIGRATIONS: readonly MigrationStep[] = collectSteps(
  import.meta.glob<{ step?: MigrationStep }>('./[0-9][0-9][0-9]-*.ts', { eager: true }),
);
