import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { changedFields, rebaseDraft, type FormValues } from '@/lib/forms/changed-fields';
import { readFormDraft, writeFormDraft } from '@/lib/forms/form-draft';
import { pageDraftStorage } from '@/lib/forms/note-autosave';

type State<T extends FormValues> = { base: T | null; values: T; elsewhere: (keyof T)[] };

export type FormDraftApi<T extends FormValues> = {
  /** what the form shows */
  values: T;
  /** the seller typed: change the form and keep the draft at once */
  set(patch: Partial<T>): void;
  /** what Save writes: an edit form's changed fields only, an add form's every value */
  changes: Partial<T>;
  /** fields the record changed in elsewhere since editing began (edit forms) */
  changedElsewhere: (keyof T)[];
  /** saved (as `values`, the row read back) or cancelled: forget the draft, start again from there */
  settle(values?: T): void;
};

/**
 * A form's values, kept as a draft (key) in the pages' localStorage on every
 * keystroke and brought back when the same form opens again, so a popup closed
 * by a click outside loses nothing. An edit form passes the `record`'s values
 * now: it remembers them as they were when editing began, saves only what the
 * seller changed, and when the record changes underneath it follows the record
 * where the seller typed nothing and keeps their typing everywhere else.
 * `key` null keeps nothing (the workspace, which no click closes).
 */
export function useFormDraft<T extends FormValues>(options: {
  key: string | null;
  schema: z.ZodType<T>;
  /** an add form's empty values; an edit form starts from `record` */
  initial?: () => T;
  record?: T;
}): FormDraftApi<T> {
  const { key, schema, record } = options;
  // Only a form the seller typed in (now or before the page closed) keeps a draft.
  const typed = useRef(false);
  const [state, setState] = useState<State<T>>(() => {
    const kept = key ? readFormDraft(pageDraftStorage(), key, schema) : null;
    typed.current = kept !== null;
    const base = kept?.base ?? record ?? null;
    const values = kept?.values ?? record ?? options.initial?.();
    if (!values) throw new Error('useFormDraft needs `initial` or `record`');
    return { base, values, elsewhere: [] };
  });
  // The state as of the last event, so several changes in one event build on each other.
  const latest = useRef(state);
  latest.current = state;

  function keep(next: State<T>) {
    latest.current = next;
    setState(next);
    if (key && typed.current)
      writeFormDraft(pageDraftStorage(), key, { base: next.base, values: next.values });
  }

  // Compared by value: a live query hands over a new object on every change of the table.
  const recordJson = record === undefined ? null : JSON.stringify(record);
  useEffect(() => {
    const s = latest.current;
    if (recordJson === null || !s.base) return;
    const rebased = rebaseDraft(s.base, s.values, JSON.parse(recordJson) as T);
    if (rebased.changedElsewhere.length === 0) return;
    const elsewhere = [...new Set([...s.elsewhere, ...rebased.changedElsewhere])];
    keep({ base: rebased.base, values: rebased.draft, elsewhere });
    // keep() only reads refs and the key; the record's value is what matters
  }, [recordJson]); // eslint-disable-line react-hooks/exhaustive-deps

  return {
    values: state.values,
    set(patch) {
      typed.current = true;
      const s = latest.current;
      keep({ ...s, values: { ...s.values, ...patch } });
    },
    changes: state.base ? changedFields(state.base, state.values) : state.values,
    changedElsewhere: state.elsewhere,
    settle(values) {
      typed.current = false;
      if (key) writeFormDraft(pageDraftStorage(), key, null);
      const s = latest.current;
      const next = values ?? s.base ?? options.initial?.() ?? s.values;
      keep({ base: s.base ? next : null, values: next, elsewhere: [] });
    },
  };
}
