import type { z } from 'zod';
import { formDraftSchema } from '../session/keys';
import type { FormValues } from './changed-fields';
import type { DraftStorage } from './note-autosave';

/** A form's unsaved values, and for an edit form the record's values when editing began. */
export type FormDraft<T extends FormValues> = { base: T | null; values: T };

/**
 * The draft kept under `key`, or null when there is none or it is not what the
 * form holds today (an older shape, a hand-edited value): storage is read as untrusted.
 */
export function readFormDraft<T extends FormValues>(
  storage: DraftStorage | null,
  key: string,
  values: z.ZodType<T>,
): FormDraft<T> | null {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return null;
    const parsed = formDraftSchema(values).safeParse(JSON.parse(raw));
    return parsed.success ? { base: parsed.data.base, values: parsed.data.values } : null;
  } catch {
    return null;
  }
}

/** Keeps (or, with null, forgets) a form's draft. Never throws: a full storage only loses the backup. */
export function writeFormDraft<T extends FormValues>(
  storage: DraftStorage | null,
  key: string,
  draft: FormDraft<T> | null,
): void {
  try {
    if (draft) storage?.setItem(key, JSON.stringify(draft));
    else storage?.removeItem(key);
  } catch {
    // storage full or unavailable: the form still holds the text
  }
}
