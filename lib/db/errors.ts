import type { z } from 'zod';

export type FieldProblem = { field: string; message: string };

/**
 * Input that a repository refused. `problems` lists each field with a message a
 * seller can read ("email is not a valid email address"), so forms can show
 * them beside the field; nothing was written.
 */
export class ValidationError extends Error {
  constructor(
    readonly entity: string,
    readonly problems: FieldProblem[],
  ) {
    super(
      `${entity}: ${problems.map((p) => (p.field ? `${p.field} ${p.message}` : p.message)).join('; ')}`,
    );
    this.name = 'ValidationError';
  }

  static fromZod(entity: string, error: z.ZodError): ValidationError {
    return new ValidationError(
      entity,
      error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
    );
  }

  /** The first message for a form field, for showing beside it. */
  messageFor(field: string): string | undefined {
    return this.problems.find((p) => p.field === field || p.field.startsWith(`${field}.`))?.message;
  }
}

// Not named NotFoundError: Dexie turns errors of that name into its own DexieError.
export class MissingRecordError extends Error {
  constructor(entity: string, id: string) {
    super(`${entity} ${id} does not exist (it may have been deleted)`);
    this.name = 'MissingRecordError';
  }
}

/** Parses with a zod schema or throws a ValidationError naming the entity. */
export function parseOrThrow<S extends z.ZodType>(
  entity: string,
  schema: S,
  value: unknown,
): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw ValidationError.fromZod(entity, result.error);
  return result.data;
}
