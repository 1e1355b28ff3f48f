import { describeSaveError, isQuotaExceeded, quotaMessage } from '../io/errors';

/**
 * What a form that saves as you type says when a save failed and the text
 * stays on screen (`what`: "this note"): a full disk in words, with what to do
 * (the same advice as CSV import and restore); anything else by its message.
 */
export function unsavedMessage(error: unknown, what: string): string {
  if (isQuotaExceeded(error)) return quotaMessage(`${what} is not saved yet (it is kept here)`);
  return `Not saved yet (kept here): ${describeSaveError(error)}`;
}
