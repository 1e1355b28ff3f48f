import { describe, expect, it } from 'vitest';
import { durationWords } from '@/lib/readiness/time-words';
import { DAY, HOUR } from './rule-fixtures';

describe('durationWords', () => {
  it('rounds to the unit that matters', () => {
    expect(durationWords(30_000)).toBe('1 minute');
    expect(durationWords(5 * 60_000)).toBe('5 minutes');
    expect(durationWords(3 * HOUR)).toBe('3 hours');
    expect(durationWords(2 * DAY + HOUR)).toBe('2 days');
  });
});
