import { describe, expect, it } from 'vitest';
import rule from '@/lib/readiness/rules/last-meeting-notes';
import { makeMeeting } from '../fixtures';
import { ctx, DAY, note, NOW } from '../rule-fixtures';

const lastMeetingNotes = rule.evaluate;

describe('last-meeting-notes', () => {
  const prev = makeMeeting({
    id: 'prev',
    title: 'Discovery',
    startsAt: NOW - 14 * DAY,
    status: 'done',
  });
  it('is done when the previous meeting has a summary or notes', () => {
    expect(
      lastMeetingNotes(ctx({ previousMeeting: { ...prev, summary: 'Pilot agreed' } })),
    ).toMatchObject({
      done: true,
      why: '“Discovery” has a summary',
    });
    expect(
      lastMeetingNotes(
        ctx({ previousMeeting: prev, previousNotes: [note('prev', 'a'), note('prev', 'b')] }),
      ).why,
    ).toBe('“Discovery” has 2 notes');
  });
  it('is open when the previous meeting left nothing written', () => {
    const r = lastMeetingNotes(ctx({ previousMeeting: prev, previousNotes: [note('prev', '  ')] }));
    expect(r.done).toBe(false);
    expect(r.why).toBe('No notes or summary from “Discovery”');
    expect(r.fix.section).toBe('history');
  });
  it('has nothing to read before a first meeting', () => {
    expect(lastMeetingNotes(ctx()).done).toBe(true);
  });
});
