import { TABLE_NAMES } from '../db/models';
import type { PreUpgradeRows } from '../db/schema';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '../io/backup';
import { writeAutoBackup, type AutoBackupEnv, type BackupResult } from './write';

/**
 * The rows an older version left, as a backup file of that version: restore
 * brings such a file up to today through the same row upgraders as the database
 * (lib/io/backup.ts), so this file restores in the new version and the old alike.
 */
export function preUpgradeBackupJson(rows: PreUpgradeRows, now: number): string {
  const data: Record<string, unknown[]> = {};
  const counts: Record<string, number> = {};
  for (const t of TABLE_NAMES) {
    const table = rows.tables[t];
    if (!table) continue;
    data[t] = table;
    counts[t] = table.length;
  }
  const settingsRow = rows.tables.settings?.find((r) => r.key === 'app');
  const { key: _key, ...settings } = settingsRow ?? {};
  return JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: rows.fromVersion,
    exportedAt: new Date(now).toISOString(),
    counts,
    data,
    settings,
  });
}

/**
 * After the database opened: when that open upgraded it, writes the rows as
 * they were before (taken inside the upgrade, lib/db/schema.ts) to a file, once.
 */
export async function backupBeforeUpgrade(
  env: AutoBackupEnv & { db: { preUpgradeRows: PreUpgradeRows | null } },
): Promise<BackupResult | null> {
  const rows = env.db.preUpgradeRows;
  if (!rows) return null;
  env.db.preUpgradeRows = null;
  return writeAutoBackup(env, 'upgrade', preUpgradeBackupJson(rows, env.now()));
}
