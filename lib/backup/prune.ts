/** How many automatic backup files are kept in the Downloads folder. */
export const KEPT_BACKUPS = 7;

/** A file Callprep wrote itself: only these are ever removed. */
export type WrittenBackup = { downloadId: number; filename: string; at: number };

function newestFirst(a: WrittenBackup, b: WrittenBackup): number {
  if (a.filename !== b.filename) return a.filename < b.filename ? 1 : -1;
  return b.at - a.at;
}

/**
 * Which of the files written so far to keep and which to remove: the newest
 * `keep` by name (the name is the time written), ties (two in one minute, which
 * the browser made unique) by when they were written.
 */
export function splitKeptBackups(
  files: readonly WrittenBackup[],
  keep: number = KEPT_BACKUPS,
): { keep: WrittenBackup[]; remove: WrittenBackup[] } {
  const sorted = [...files].sort(newestFirst);
  return { keep: sorted.slice(0, keep), remove: sorted.slice(keep) };
}
