import { describe, expect, it } from 'vitest';
import { ValidationError } from '@/lib/db/errors';
import { meetings } from '@/lib/db/meetings';
import { saveErrors } from '@/components/popup/save-errors';
import { readWhen } from '@/components/popup/time';
import { freshDb } from '../db/helpers';

describe('a meeting’s time from the form', () => {
  it('reads a local date, time and length', () => {
    expect(readWhen({ date: '2026-11-24', time: '14:30', minutes: '45' })).toEqual({
      ok: true,
      startsAt: new Date(2026, 10, 24, 14, 30).getTime(),
      endsAt: new Date(2026, 10, 24, 15, 15).getTime(),
    });
  });

  it('leaves the end open when no length is given', () => {
    expect(readWhen({ date: '2026-11-24', time: '09:00', minutes: ' ' })).toMatchObject({
      ok: true,
      endsAt: null,
    });
  });

  it.each([
    [{ date: '', time: '09:00', minutes: '30' }, { startsAt: 'Pick a date and a time.' }],
    [{ date: '2026-11-24', time: '9am', minutes: '30' }, { startsAt: 'Pick a date and a time.' }],
    [
      { date: '2026-11-24', time: '09:00', minutes: '0' },
      { endsAt: expect.stringMatching(/1 to 1440/) },
    ],
    [
      { date: '2026-11-24', time: '09:00', minutes: '2000' },
      { endsAt: expect.stringMatching(/1 to 1440/) },
    ],
  ])('says what is wrong with %o', (input, errors) => {
    expect(readWhen(input)).toEqual({ ok: false, errors });
  });
});

describe('a failed save shown beside its field', () => {
  it('puts each model problem on its field', async () => {
    const error = await meetings
      .create(freshDb(), { customerId: 'c1', title: '', startsAt: Date.now() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(saveErrors(error)).toHaveProperty('title');
  });

  it('keeps anything else for the form as a whole', () => {
    expect(saveErrors(new Error('The disk is full'))).toEqual({ '': 'The disk is full' });
  });
});
