import { describe, expect, it } from 'vitest';
import {
  changedElsewhereNotice,
  changedFields,
  describeChangedElsewhere,
  quoteValue,
  rebaseDraft,
} from '@/lib/forms/changed-fields';

const base = { title: 'Pilot check-in', agenda: '', minutes: '30', tags: ['a'] };

describe('changedFields', () => {
  it('names only the fields whose value differs, by value', () => {
    expect(changedFields(base, { ...base })).toEqual({});
    expect(changedFields(base, { ...base, tags: ['a'] })).toEqual({});
    expect(changedFields(base, { ...base, title: 'Pilot week 4', tags: ['a', 'b'] })).toEqual({
      title: 'Pilot week 4',
      tags: ['a', 'b'],
    });
  });
});

describe('rebaseDraft', () => {
  it('follows the record where the seller typed nothing, keeps their typing elsewhere', () => {
    const draft = { ...base, title: 'Pilot week 4', minutes: '45' };
    const current = { ...base, agenda: '1. Pricing', minutes: '60' };
    const r = rebaseDraft(base, draft, current);
    expect(r.base).toEqual(current);
    expect(r.draft).toEqual({
      ...base,
      title: 'Pilot week 4',
      agenda: '1. Pricing',
      minutes: '45',
    });
    expect(r.changedElsewhere).toEqual(['agenda', 'minutes']);
    // What Save writes afterwards: the seller's fields only, never the agenda.
    expect(changedFields(r.base, r.draft)).toEqual({ title: 'Pilot week 4', minutes: '45' });
  });

  it('changes nothing when the record is as it was', () => {
    const draft = { ...base, title: 'x' };
    expect(rebaseDraft(base, draft, { ...base })).toEqual({
      base,
      draft,
      changedElsewhere: [],
    });
  });
});

describe('the notice', () => {
  it('says what changed in words, and when the seller’s own typing is kept', () => {
    expect(describeChangedElsewhere([])).toBeNull();
    expect(
      describeChangedElsewhere([
        { label: 'Status', now: 'Achieved', yoursKept: false },
        { label: 'Agenda', now: '“1. Pricing”', yoursKept: true },
      ]),
    ).toBe(
      'Changed elsewhere meanwhile: status is now Achieved; agenda is now “1. Pricing” (Save keeps what you typed).',
    );
  });

  it('quotes text shortly, and calls blank empty', () => {
    expect(quoteValue('  ')).toBe('empty');
    expect(quoteValue('a\n b')).toBe('“a b”');
    expect(quoteValue('x'.repeat(80))).toBe(`“${'x'.repeat(59)}…”`);
  });

  it('reads each field by its label and its own words', () => {
    const current = { status: 'achieved', progress: '100', why: 'Peak season' };
    expect(
      changedElsewhereNotice(
        ['status', 'progress'],
        current,
        { progress: '50' },
        { status: 'Status', progress: 'Progress', why: 'Why' },
        { status: () => 'Achieved', progress: (p) => `${p}%` },
      ),
    ).toBe(
      'Changed elsewhere meanwhile: status is now Achieved; progress is now 100% (Save keeps what you typed).',
    );
  });
});
