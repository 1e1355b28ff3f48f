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

/** A message a seller can act on, for an error thrown while writing imported data. */
export function describeWriteError(error: unknown): string {
  if (isQuotaExceeded(error)) {
    return (
      'The browser has no room left for Callprep’s data, so nothing was imported. ' +
      'Free some disk space, or allow persistent storage in Settings, and try again.'
    );
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
