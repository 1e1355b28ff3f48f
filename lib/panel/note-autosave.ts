/**
 * Saves a note while the seller types: at most one write per pause (debounced),
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
  timers?: Timers;
  onSaved?: (noteId: string | null, body: string) => void;
  onError?: (error: unknown, body: string) => void;
}): NoteAutosaver {
  const timers = options.timers ?? realTimers;
  const delay = options.delayMs ?? 300;
  let noteId: string | null = options.initialNoteId ?? null;
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
        noteId = null;
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
