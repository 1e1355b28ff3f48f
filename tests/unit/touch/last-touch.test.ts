import { describe, expect, it } from 'vitest';
import {
  intervalOf,
  keepInTouchOf,
  keepInTouchWarning,
  lastTouchWords,
} from '@/lib/touch/keep-in-touch';
import { lastTouchByCustomer, lastTouchOf, type TouchSources } from '@/lib/touch/last-touch';
import { DAY, HOUR, local, utc } from '../clock';
import { customer, inTimeZone, meeting, newsItem, note, promise } from '../today/builders';

const NOW = local(2026, 12, 3, 10, 0);
const none: TouchSources = { meetings: [], notes: [], news: [], commitments: [] };

describe('last touch', () => {
  it('is the latest of a held meeting, a note, news shared, a promise of ours done', () => {
    const sources: TouchSources = {
      meetings: [meeting('a', NOW - 20 * DAY, { status: 'done' })],
      notes: [note('a', NOW - 15 * DAY)],
      news: [newsItem('a', NOW - 30 * DAY, { sharedAt: NOW - 12 * DAY })],
      commitments: [promise('a', 'us', NOW - 13 * DAY, { status: 'done', doneAt: NOW - 13 * DAY })],
    };
    expect(lastTouchOf('a', sources, NOW)).toEqual({ at: NOW - 12 * DAY, kind: 'news' });
    const withNote = { ...sources, notes: [...sources.notes, note('a', NOW - 2 * DAY)] };
    expect(lastTouchOf('a', withNote, NOW)).toEqual({ at: NOW - 2 * DAY, kind: 'note' });
  });

  it('counts nothing that is not contact: their promise kept, a cancelled or future meeting, an emptied note, unshared news', () => {
    const sources: TouchSources = {
      meetings: [
        meeting('a', NOW - 3 * DAY, { status: 'cancelled' }),
        meeting('a', NOW + 2 * HOUR),
      ],
      notes: [note('a', NOW - DAY, '   ')],
      news: [newsItem('a', NOW - DAY)],
      commitments: [
        promise('a', 'them', NOW - DAY, { status: 'done', doneAt: NOW - DAY }),
        promise('a', 'us', NOW - DAY),
      ],
    };
    expect(lastTouchOf('a', sources, NOW)).toBeNull();
  });

  it('a meeting that started counts as held, and a follow-up sent later is the newer touch', () => {
    const m = meeting('a', NOW - 5 * DAY, { followUpSentAt: NOW - 4 * DAY });
    expect(lastTouchOf('a', { ...none, meetings: [m] }, NOW)).toEqual({
      at: NOW - 4 * DAY,
      kind: 'follow-up',
    });
  });

  it('keeps customers apart, and a customer with no history has no touch', () => {
    const map = lastTouchByCustomer(
      { ...none, notes: [note('a', NOW - DAY), note('b', NOW - 9 * DAY)] },
      NOW,
    );
    expect(map.get('a')?.at).toBe(NOW - DAY);
    expect(map.get('b')?.at).toBe(NOW - 9 * DAY);
    expect(map.has('c')).toBe(false);
  });
});

describe('keep in touch', () => {
  const c = customer('Initech', NOW - 400 * DAY);

  it('says the days since the last touch; past the interval says so; past twice it is loud', () => {
    const at = (days: number) => keepInTouchOf(c, { at: NOW - days * DAY, kind: 'note' }, 30, NOW);
    expect(lastTouchWords(at(12))).toBe('last touch 12 days ago');
    expect(at(12).level).toBe('fine');
    expect(keepInTouchWarning(at(12))).toBe('');
    expect(at(30).level).toBe('fine');
    expect(at(31).level).toBe('past');
    expect(keepInTouchWarning(at(31))).toBe('Past your 30-day keep-in-touch interval.');
    expect(at(60).level).toBe('past');
    expect(at(61).level).toBe('loud');
    expect(keepInTouchWarning(at(61))).toMatch(/More than twice your 30-day .* get in touch now/);
    expect(lastTouchWords(at(0))).toBe('last touch today');
    expect(lastTouchWords(at(1))).toBe('last touch yesterday');
  });

  it('with no history at all, counts from when the customer was added', () => {
    const fresh = customer('New Co', NOW - 3 * DAY);
    const k = keepInTouchOf(fresh, null, 30, NOW);
    expect(k).toMatchObject({ touch: null, days: 3, level: 'fine' });
    expect(lastTouchWords(k)).toBe('no touch yet (added 3 days ago)');
    expect(keepInTouchOf(c, null, 30, NOW).level).toBe('loud');
  });

  it('the customer’s own interval wins over the Settings default', () => {
    expect(intervalOf({ keepInTouchDays: 7 }, { keepInTouchDays: 30 })).toBe(7);
    expect(intervalOf({}, { keepInTouchDays: 30 })).toBe(30);
  });

  it('counts calendar days where the seller is: the same two instants are a day apart in London, the same day in Tokyo and Los Angeles', () => {
    const touch = { at: utc(2026, 12, 2, 23, 30), kind: 'note' as const };
    const now = utc(2026, 12, 3, 1, 0);
    const words = (tz: string) =>
      inTimeZone(tz, () => lastTouchWords(keepInTouchOf(c, touch, 30, now)));
    expect(words('Europe/London')).toBe('last touch yesterday');
    expect(words('Asia/Tokyo')).toBe('last touch today');
    expect(words('America/Los_Angeles')).toBe('last touch today');
  });
});
