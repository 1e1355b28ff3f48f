import { ValidationError } from '@/lib/db/errors';
/** A failed save as messages keyed by the form's field names ('' for the rest). */
export function saveErrors(err: unknown): Record<string, string> {
  if (err instanceof ValidationError)
    return Object.fromEntries(err.problems.map((p) => [p.field.split('.')[0] ?? '', p.message]));
  return { '': err instanceof Error ? err.message : String(err) };
}
