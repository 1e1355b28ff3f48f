/** The folder inside Downloads that holds Callprep's automatic backups. */
export const BACKUP_FOLDER = 'Callprep';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `Callprep/callprep-backup-2026-12-03-0912.json`, in the seller's local time:
 * the name sorts as the time it was written, which is how the kept files are chosen.
 */
export function autoBackupFileName(now: number): string {
  const d = new Date(now);
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${BACKUP_FOLDER}/callprep-backup-${day}-${pad(d.getHours())}${pad(d.getMinutes())}.json`;
}
