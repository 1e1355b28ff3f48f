/** A failed zod check as one line of text for the preview: "emails.0 is not an email; …". */
export function validationProblems(error: {
  issues: { path: PropertyKey[]; message: string }[];
}): string {
  return error.issues
    .map((i) => `${i.path.length ? `${String(i.path[0])} ` : ''}${i.message}`)
    .join('; ');
}
