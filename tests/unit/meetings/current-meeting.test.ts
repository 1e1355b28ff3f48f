import { describe, expect, it } from 'vitest';
import type { Meeting } from '@/lib/db/models';
import { currentMeetingOf } from '@/lib/meetings/current-meeting';
import { local } from '../clock';

const NOW = local(2026, 11, 18, 12, 0, 0);

describe('currentMeetingOf', () => {
  const m = (id: string, startsAt: number, status: Meeting['status'] = 'planned') =>
    ({ id, startsAt, endsAt: null, status }) as Meeting;
  it('prefers the meeting the panel was opened for, else the current or next', () => {
    const rows = [
      m('past', NOW - 86_400_000, 'done'),
      m('next', NOW + 1000),
      m('later', NOW + 9e6),
    ];
    expect(currentMeetingOf(rows, NOW)?.id).toBe('next');
    expect(currentMeetingOf(rows, NOW, 'later')?.id).toBe('later');
    expect(currentMeetingOf(rows, NOW, 'past')?.id).toBe('next');
  });

  it('keeps the meeting already shown once its time has passed, unless an earlier one is on', () => {
    const ended = { ...m('call', NOW - 3_600_000), endsAt: NOW - 60_000 } as Meeting;
    const rows = [ended, m('next', NOW + 1000)];
    expect(currentMeetingOf(rows, NOW)?.id).toBe('next');
    expect(currentMeetingOf(rows, NOW, undefined, 'call')?.id).toBe('call');
    // cancelled or deleted: the next one
    expect(
      currentMeetingOf([{ ...ended, status: 'cancelled' }, rows[1]!], NOW, undefined, 'call')?.id,
    ).toBe('next');
    expect(currentMeetingOf([rows[1]!], NOW, undefined, 'call')?.id).toBe('next');
    // shown: an upcoming meeting; a call started earlier is planned meanwhile and is on now
    expect(
      currentMeetingOf([m('now', NOW - 1000), m('later', NOW + 9e6)], NOW, undefined, 'later')?.id,
    ).toBe('now');
  });

  it('has no meeting for a customer with none planned, even one asked for or shown', () => {
    expect(currentMeetingOf([], NOW, 'gone', 'gone')).toBeUndefined();
    expect(currentMeetingOf([m('done', NOW - 1000, 'done')], NOW, 'done', 'done')).toBeUndefined();
  });

  it('lets a meeting opened on purpose replace the one shown', () => {
    const rows = [m('shown', NOW - 1000), m('opened', NOW + 9e6)];
    expect(currentMeetingOf(rows, NOW, 'opened', 'shown')?.id).toBe('opened');
  });
});
