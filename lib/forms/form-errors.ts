import { ValidationError } from '../db/errors';
import { describeSaveError, isQuotaExceeded } from '../io/errors';

/**
 * A failed save, split for a form: a message per field (shown beside it) and
 * anything else (shown once for the form). Field messages read as a sentence
 * with the field's label: "Statement is required".
 */
export type FormErrors = { fields: Record<string, string>; general: string | null };

export const NO_ERRORS: FormErrors = { fields: {}, general: null };

export function formErrorsFrom(error: unknown, labels: Record<string, string>): FormErrors {
  if (error instanceof ValidationError) {
    const fields: Record<string, string> = {};
    for (const field of Object.keys(labels)) {
      const message = error.messageFor(field);
      if (message) fields[field] = `${labels[field]} ${message}`;
    }
    const unplaced = error.problems.filter(
      (p) => !Object.keys(labels).some((f) => p.field === f || p.field.startsWith(`${f}.`)),
    );
    return {
      fields,
      general: unplaced.length
        ? unplaced.map((p) => (p.field ? `${p.field} ${p.message}` : p.message)).join('; ')
        : null,
    };
  }
  if (isQuotaExceeded(error)) return { fields: {}, general: describeSaveError(error) };
  return { fields: {}, general: `Could not save: ${describeSaveError(error)}` };
}
