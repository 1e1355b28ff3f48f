/**
 * An edit form remembers the record as it was when editing began (its `base`)
 * and saves only what the seller changed, so a form opened before a change made
 * elsewhere (an agenda typed in the side panel, "Mark achieved" in another
 * panel) never writes the old values back. Values are the form's own (strings
 * as typed), compared by value.
 */
export type FormValues = Record<string, unknown>;

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The fields whose value in `draft` differs from `base`: what to save, and nothing else. */
export function changedFields<T extends FormValues>(base: T, draft: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const field of Object.keys(draft) as (keyof T)[]) {
    if (!sameValue(base[field], draft[field])) changed[field] = draft[field];
  }
  return changed;
}

export type Rebased<T extends FormValues> = {
  /** the record as it is now: the next save compares with this */
  base: T;
  /** the seller's typing kept; fields they left alone follow the record */
  draft: T;
  /** fields the record changed in since `base` */
  changedElsewhere: (keyof T)[];
};

/**
 * The record changed underneath an open form: take its new values where the
 * seller typed nothing, keep what they typed everywhere else.
 */
export function rebaseDraft<T extends FormValues>(base: T, draft: T, current: T): Rebased<T> {
  const changedElsewhere = (Object.keys(current) as (keyof T)[]).filter(
    (field) => !sameValue(base[field], current[field]),
  );
  const next = { ...draft };
  for (const field of changedElsewhere) {
    if (sameValue(draft[field], base[field])) next[field] = current[field];
  }
  return { base: current, draft: next, changedElsewhere };
}

export type ChangedElsewhere = {
  /** the field's label, as the form shows it ("Status") */
  label: string;
  /** its value now, in words ("Achieved") */
  now: string;
  /** the seller typed in it too: Save will put theirs */
  yoursKept: boolean;
};

/** A value for a sentence: quoted text (shortened), or "empty". */
export function quoteValue(value: string): string {
  const text = value.trim().replace(/\s+/g, ' ');
  if (text === '') return 'empty';
  return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
}

/**
 * "Changed elsewhere meanwhile: status is now Achieved; agenda is now “…” (Save
 * keeps yours)." — or null when nothing changed.
 */
export function describeChangedElsewhere(changes: readonly ChangedElsewhere[]): string | null {
  if (changes.length === 0) return null;
  const parts = changes.map(
    (c) =>
      `${c.label.toLowerCase()} is now ${c.now}${c.yoursKept ? ' (Save keeps what you typed)' : ''}`,
  );
  return `Changed elsewhere meanwhile: ${parts.join('; ')}.`;
}

/**
 * The notice an edit form shows for the fields changed elsewhere (`fields`),
 * with their values now in the record (`current`, shown by `show` or quoted) and
 * whether the seller's own typing in them is kept (`yours`, what Save writes).
 */
export function changedElsewhereNotice<T extends FormValues>(
  fields: readonly (keyof T)[],
  current: T,
  yours: Partial<T>,
  labels: Record<keyof T, string>,
  show: Partial<Record<keyof T, (value: T[keyof T]) => string>> = {},
): string | null {
  return describeChangedElsewhere(
    fields.map((field) => ({
      label: labels[field],
      now: (show[field] ?? ((v: unknown) => quoteValue(String(v))))(current[field]),
      yoursKept: field in yours,
    })),
  );
}
