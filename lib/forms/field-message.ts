import { ValidationError } from '../db/errors';

/** What a failed save says about one field, shown beside it; undefined when it says nothing. */
export function fieldMessage(e: unknown, field: string): string | undefined {
  return e instanceof ValidationError ? e.messageFor(field) : undefined;
}
