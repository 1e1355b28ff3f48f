import { describe, expect, it } from 'vitest';
import { dayLabel, formatTime } from '@/components/popup/time';
import { overdueBy, timeOfDay } from '@/lib/format/dates';
import { DAY, local } from '../clock';

const now = local(2026, 12, 3, 10, 0);

describe('dates the seller reads', () => {
  it('names a long-overdue promise by its date, with the year, not by thousands of days', () => {
    const due = local(2020, 1, 15, 23, 59);
    const words = overdueBy(due, now);
    expect(words).toMatch(/^overdue since /);
    expect(words).toContain('2020');
    expect(words).not.toMatch(/\d{3,} days/);
    // Recent ones stay a count of days.
    expect(overdueBy(now - 3 * DAY, now)).toBe('3 days overdue');
  });

  it('shows the year on a meeting day that is not in this year', () => {
    expect(dayLabel(local(2020, 1, 15, 9, 0), now)).toContain('2020');
    expect(dayLabel(local(2027, 1, 15, 9, 0), now)).toContain('2027');
    expect(dayLabel(local(2026, 12, 10, 9, 0), now)).not.toContain('2026');
    expect(dayLabel(now + DAY, now)).toBe('Tomorrow');
  });

  it('says a time the same way in the popup and in the side panel', () => {
    const t = local(2026, 12, 3, 19, 21);
    expect(timeOfDay(t)).toBe(formatTime(t));
    expect(timeOfDay(local(2026, 12, 3, 7, 5))).not.toMatch(/^0/);
  });
});
