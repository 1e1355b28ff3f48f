import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNoteAutosaver } from '@/lib/forms/note-autosave';

describe('createNoteAutosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(save = vi.fn(async (id: string | null) => id ?? 'note-1')) {
    const saver = createNoteAutosaver({ save, delayMs: 300 });
    return { saver, save };
  }

  it('writes once per pause, creating the note then updating it', async () => {
    const { saver, save } = setup();
    saver.change('H');
    saver.change('He');
    saver.change('Hello');
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(299);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledExactlyOnceWith(null, 'Hello');
    saver.change('Hello there');
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenLastCalledWith('note-1', 'Hello there');
    expect(saver.noteId).toBe('note-1');
  });

  it('flush writes at once, and never creates twice while a create is in flight', async () => {
    let release!: () => void;
    const save = vi.fn(
      (id: string | null) =>
        new Promise<string>((resolve) => {
          release = () => resolve(id ?? 'note-1');
        }),
    );
    const { saver } = setup(save);
    saver.change('one');
    const first = saver.flush();
    saver.change('one two');
    const second = saver.flush();
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    expect(save).toHaveBeenCalledTimes(1);
    release();
    await first;
    // the second write waits for the first: it updates the note the first created
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    release();
    await second;
    expect(save.mock.calls).toEqual([
      [null, 'one'],
      ['note-1', 'one two'],
    ]);
    expect(saver.hasPending).toBe(false);
  });

  it('keeps the text after a failed save and retries on the next flush', async () => {
    const save = vi
      .fn<(id: string | null, body: string) => Promise<string | null>>()
      .mockRejectedValueOnce(new Error('quota'))
      .mockResolvedValue('note-1');
    const onError = vi.fn();
    const saver = createNoteAutosaver({ save, onError });
    saver.change('important');
    await saver.flush();
    expect(onError).toHaveBeenCalledOnce();
    expect(saver.hasPending).toBe(true);
    await saver.flush();
    expect(save).toHaveBeenLastCalledWith(null, 'important');
    expect(saver.hasPending).toBe(false);
  });

  it('startNew finishes this note so the next text creates another', async () => {
    const ids = ['a', 'b'];
    const save = vi.fn(async (id: string | null) => id ?? ids.shift()!);
    const saver = createNoteAutosaver({ save });
    saver.change('first');
    await saver.startNew();
    expect(saver.noteId).toBeNull();
    saver.change('second');
    await saver.flush();
    expect(save.mock.calls).toEqual([
      [null, 'first'],
      [null, 'second'],
    ]);
    expect(saver.noteId).toBe('b');
  });

  it('a flush with nothing pending writes nothing', async () => {
    const { saver, save } = setup();
    await saver.flush();
    expect(save).not.toHaveBeenCalled();
  });
});
