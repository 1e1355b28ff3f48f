import { describe, expect, it } from 'vitest';
import { contactSchema } from '@/lib/db/models';
import { peopleAtAccount } from '@/lib/record/people';
import { DAY, utc } from '../clock';

const NOW = utc(2026, 12, 3, 12);
const t = { createdAt: 0, updatedAt: 0 };
const contact = (id: string, name: string, email: string) =>
  contactSchema.parse({ id, customerId: 'c1', name, emails: [email], ...t });
const maya = contact('p1', 'Maya Lindqvist', 'maya@nw.com');
const tom = contact('p2', 'Tom Okafor', 'tom@nw.com');
const meeting = (id: string, daysAgo: number, summary = '', status = 'done' as const) => ({
  id,
  startsAt: NOW - daysAgo * DAY,
  status,
  agenda: '',
  summary,
});

describe('peopleAtAccount', () => {
  it('finds who was in meetings from names and emails in agenda, summary and notes, with their last touch', () => {
    const r = peopleAtAccount(
      [maya, tom],
      [meeting('m1', 10, 'Maya Lindqvist agreed the pilot'), meeting('m2', 200)],
      [{ meetingId: 'm2', body: 'cc tom@nw.com' }],
      NOW,
    );
    expect(r.people.map((p) => p.lastTouch)).toEqual([NOW - 10 * DAY, NOW - 200 * DAY]);
    expect(r.inRecentMeetings).toBe(1);
    expect(r.singleThreaded).toBe(true);
  });

  it('is not single-threaded with two people in the last 90 days, nor with nobody named', () => {
    const two = peopleAtAccount(
      [maya, tom],
      [meeting('m1', 10, 'maya lindqvist'), meeting('m2', 30, 'Tom Okafor')],
      [],
      NOW,
    );
    expect(two.singleThreaded).toBe(false);
    expect(peopleAtAccount([maya, tom], [meeting('m1', 5)], [], NOW).singleThreaded).toBe(false);
  });

  it('ignores cancelled and future meetings', () => {
    const r = peopleAtAccount([maya], [meeting('m1', -2, 'Maya Lindqvist')], [], NOW);
    expect(r.people[0]!.lastTouch).toBeNull();
  });
});
