import { describe, expect, it } from 'vitest';
import { z } from '@/lib/zod';
import { readFormDraft, writeFormDraft, type FormDraft } from '@/lib/forms/form-draft';
import type { DraftStorage } from '@/lib/forms/note-autosave';
import { agendaDraftKey, formDraftKey, noteDraftKey } from '@/lib/session/keys';

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const values = z.object({ title: z.string(), owner: z.enum(['us', 'them']) });

describe('form drafts in storage', () => {
  it('round-trips the values and the record they started from, and forgets on null', () => {
    const storage = memoryStorage();
    const draft: FormDraft<z.infer<typeof values>> = {
      base: { title: 'Pilot', owner: 'us' },
      values: { title: 'Pilot 2', owner: 'them' },
    };
    writeFormDraft(storage, 'k', draft);
    expect(readFormDraft(storage, 'k', values)).toEqual(draft);
    writeFormDraft(storage, 'k', null);
    expect(storage.data.size).toBe(0);
    expect(readFormDraft(storage, 'k', values)).toBeNull();
  });

  it('reads storage as untrusted: a draft of another shape or broken JSON is no draft', () => {
    const storage = memoryStorage();
    storage.setItem('shape', JSON.stringify({ base: null, values: { title: 3, owner: 'us' } }));
    storage.setItem('enum', JSON.stringify({ base: null, values: { title: 'x', owner: 'me' } }));
    storage.setItem('json', '{"base":');
    for (const key of ['shape', 'enum', 'json', 'absent'])
      expect(readFormDraft(storage, key, values), key).toBeNull();
    expect(readFormDraft(null, 'k', values)).toBeNull();
  });

  it('never throws when storage is full: the form still holds the text', () => {
    const full: DraftStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(() =>
      writeFormDraft(full, 'k', { base: null, values: { title: 'x', owner: 'us' } }),
    ).not.toThrow();
  });
});

describe('draft keys', () => {
  it('are the ones earlier versions wrote, so a draft left before an update is still found', () => {
    expect(noteDraftKey('c1', 'm1')).toBe(['callprep', 'note-draft', 'c1', 'm1'].join(':'));
    expect(noteDraftKey('c1', null)).toBe(['callprep', 'note-draft', 'c1', '-'].join(':'));
    expect(agendaDraftKey('m1')).toBe(['callprep', 'agenda-draft', 'm1'].join(':'));
  });

  it('never give two forms the same key', () => {
    const keys = [
      formDraftKey('add-meeting'),
      formDraftKey('edit-meeting', 'm1'),
      formDraftKey('goal', 'c1', 'new'),
      formDraftKey('goal', 'c1', 'g1'),
      formDraftKey('promise', 'c1'),
      noteDraftKey('c1', 'm1'),
      agendaDraftKey('m1'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
