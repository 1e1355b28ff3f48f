/**
 * Saves a note (or any text, like a meeting's agenda) while the seller types: at most one write per pause (debounced),
 * writes in order (never two creates for one note), and `flush()` writes what is
 * pending at once (the panel calls it on visibilitychange, pagehide and unmount).
 * A failed save keeps the text pending, so the next flush tries again and
 * nothing typed is lost.
 */
export type NoteSave = (noteId: string | null, body: string) => Promise<string | null>;

export type Timers = {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

export type NoteAutosaver = {
  /** the text changed: save it after a pause */
  change(body: string): void;
  /** save anything pending now; resolves when every write so far is done */
  flush(): Promise<void>;
  /** finish this note (flushing it) so the next text starts a new one */
  startNew(): Promise<void>;
  /** the note being written, once it exists */
  readonly noteId: string | null;
  /** text typed but not yet written */
  readonly hasPending: boolean;
};

export function createNoteAutosaver(options: {
  save: NoteSave;
  delayMs?: number;
  initialNoteId?: string | null;
  /**
   * The id the next note will have, chosen before its first write, so a draft
   * left by a page that died mid-write names the note it went to and is written
   * there again, never as a second note. Without it the first save picks the id.
   */
  newNoteId?: () => string;
  timers?: Timers;
  onSaved?: (noteId: string | null, body: string) => void;
  onError?: (error: unknown, body: string) => void;
}): NoteAutosaver {
  const timers = options.timers ?? realTimers;
  const delay = options.delayMs ?? 300;
  const freshId = () => options.newNoteId?.() ?? null;
  let noteId: string | null = options.initialNoteId ?? freshId();
  let pending: string | null = null;
  let timer: unknown;
  let chain: Promise<void> = Promise.resolve();

  function cancelTimer() {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
  }

  function flush(): Promise<void> {
    cancelTimer();
    if (pending === null) return chain;
    const body = pending;
    pending = null;
    chain = chain.then(async () => {
      try {
        noteId = await options.save(noteId, body);
        options.onSaved?.(noteId, body);
      } catch (error) {
        // Keep the text: a newer change wins, otherwise retry this one next time.
        if (pending === null) pending = body;
        options.onError?.(error, body);
      }
    });
    return chain;
  }

  return {
    change(body) {
      pending = body;
      cancelTimer();
      timer = timers.setTimeout(() => void flush(), delay);
    },
    flush,
    startNew() {
      chain = flush().then(() => {
        noteId = freshId();
      });
      return chain;
    },
    get noteId() {
      return noteId;
    },
    get hasPending() {
      return pending !== null;
    },
  };
}

/*
 * The synchronous half of "never lose a keystroke": closing the side panel ends
 * the page at once, and an IndexedDB write started in `pagehide` may not finish.
 * So every keystroke is also kept in localStorage (synchronous) until the
 * database has it, and the next open writes what was left. Used by the live
 * notes and the agenda.
 */

/** The part of localStorage a draft needs (pass a fake in tests). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Text typed but maybe not yet in the database, with the row it was going to (if known). */
export type Draft = { noteId: string | null; body: string };

/** The page's localStorage, or null where it is unavailable. */
export function pageDraftStorage(): DraftStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readDraft(storage: DraftStorage | null, key: string): Draft | null {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Draft>;
    if (typeof value.body !== 'string') return null;
    return { noteId: typeof value.noteId === 'string' ? value.noteId : null, body: value.body };
  } catch {
    return null;
  }
}

/** Keeps (or, with null, forgets) the draft. Never throws: the debounced save still runs. */
export function writeDraft(storage: DraftStorage | null, key: string, draft: Draft | null): void {
  try {
    if (draft) storage?.setItem(key, JSON.stringify(draft));
    else storage?.removeItem(key);
  } catch {
    // storage full or unavailable
  }
}

type EventSource = {
  addEventListener(type: string, fn: () => void): void;
  removeEventListener(type: string, fn: () => void): void;
};

/**
 * Calls `flush` when the page is hidden (`visibilitychange`) or closed
 * (`pagehide`): the side panel closing runs neither a blur nor an unmount.
 * Returns a function that stops listening.
 */
export function flushWhenHidden(
  env: { document: EventSource & { visibilityState: string }; window: EventSource },
  flush: () => void,
): () => void {
  const onVisibility = () => {
    if (env.document.visibilityState === 'hidden') flush();
  };
  env.document.addEventListener('visibilitychange', onVisibility);
  env.window.addEventListener('pagehide', flush);
  return () => {
    env.document.removeEventListener('visibilitychange', onVisibility);
    env.window.removeEventListener('pagehide', flush);
  };
}
