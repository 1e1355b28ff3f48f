import { ValidationError } from '@/lib/db/errors';
import { describeSaveError } from '@/lib/io/errors';

/**
 * A failed save as messages keyed by the form's field names ('' for the rest;
 * a full disk says what to do).
 */
export function saveErrors(err: unknown): Record<string, string> {
  if (err instanceof ValidationError)
    return Object.fromEntries(err.problems.map((p) => [p.field.split('.')[0] ?? '', p.message]));
  return { '': describeSaveError(err) };
}
