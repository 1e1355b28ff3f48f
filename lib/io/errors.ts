/**
 * An import or restore that was refused before anything was written. The
 * message is for the seller: it says what is wrong and, where it can, what to do.
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** True for the browser's "no room left" error, however Dexie wrapped it. */
export function isQuotaExceeded(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e && depth < 4; depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return true;
    e = (e as { inner?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * What to do when the disk is full. An extension's quota is a share of the free
 * disk, so freeing disk space is what helps; persistent storage only keeps the
 * browser from evicting the data, it adds no room. A backup first, so nothing is lost.
 */
export const QUOTA_ADVICE =
  'Free some disk space and try again; export a backup from the workspace (Import / export) to be safe.';

/** The message for a full disk: what did not happen (`outcome`), and what to do. */
export function quotaMessage(outcome: string): string {
  return `The browser has no room left for Callprep’s data, so ${outcome}. ${QUOTA_ADVICE}`;
}

/** A message a seller can act on, for an error thrown while writing imported data. */
export function describeWriteError(error: unknown): string {
  if (isQuotaExceeded(error)) return quotaMessage('nothing was imported');
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * A message a seller can act on, for an error thrown while saving an edit in
 * the side panel, the popup or the workspace: a full disk says so and what to
 * do; anything else gives its own message.
 */
export function describeSaveError(error: unknown): string {
  if (isQuotaExceeded(error)) return quotaMessage('this change was not saved');
  if (error instanceof Error) return error.message;
  return String(error);
}
