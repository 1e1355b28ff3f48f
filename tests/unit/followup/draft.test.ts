import { describe, expect, it } from 'vitest';
import { followUpSubject, followUpText, type FollowUpInput } from '@/lib/followup/draft';
import { followUpMailto, MAILTO_CUT_NOTE, MAILTO_MAX_LENGTH } from '@/lib/followup/mailto';
import { readFollowUpDraft, writeFollowUpDraft } from '@/lib/followup/draft-store';
import { shortDate, timeOfDay } from '@/lib/format/dates';
import { DAY, HOUR, local } from '../clock';
import { customer, goal, meeting, promise } from '../today/builders';

const NOW = local(2026, 12, 3, 11, 0);
const acme = customer('Northwind Logistics', NOW - 90 * DAY);
const call = meeting(acme.id, NOW - HOUR, { title: 'Pilot check-in' });

function input(extra: Partial<FollowUpInput> = {}): FollowUpInput {
  return {
    customer: acme,
    meeting: call,
    contacts: [
      { name: 'Maya Lindqvist', emails: ['maya@northwind.example'] },
      { name: 'Tom Okafor', emails: ['tom@northwind.example'] },
    ],
    goals: [],
    commitments: [],
    meetings: [call],
    now: NOW,
    ...extra,
  };
}

describe('the follow-up text', () => {
  it('thanks, what we heard in their words with progress, the promises both ways with dates, the next meeting', () => {
    const next = meeting(acme.id, NOW + 7 * DAY, { title: 'Leeds plan' });
    const text = followUpText(
      input({
        meeting: { ...call, summary: 'Hull is ahead of plan.' },
        goals: [
          goal(acme.id, NOW - 60 * DAY, {
            statement: 'Cut onboarding from 6 weeks to 2',
            progress: 40,
          }),
          goal(acme.id, NOW - 60 * DAY, { statement: 'Dropped goal', status: 'dropped' }),
        ],
        commitments: [
          promise(acme.id, 'us', NOW + 2 * DAY, {
            text: 'Send the Leeds rollout plan',
            meetingId: call.id,
          }),
          promise(acme.id, 'them', NOW + 4 * DAY, {
            text: 'Share the hire dates',
            meetingId: call.id,
          }),
          promise(acme.id, 'us', NOW - 2 * DAY, {
            text: 'Send the security review answers',
            status: 'done',
            doneAt: NOW - 10 * 60_000,
          }),
          promise(acme.id, 'us', NOW + DAY, { text: 'Made in another meeting' }),
        ],
        meetings: [call, next],
      }),
    );
    expect(text).toBe(
      [
        'Hi Maya and Tom,',
        '',
        'Thank you for your time today (Pilot check-in).',
        '',
        'What we heard',
        'Hull is ahead of plan.',
        '- Cut onboarding from 6 weeks to 2 (40% of the way there)',
        '',
        'What we agreed',
        'We will:',
        `- Send the security review answers, by ${shortDate(NOW - 2 * DAY, NOW)} (done)`,
        `- Send the Leeds rollout plan, by ${shortDate(NOW + 2 * DAY, NOW)}`,
        'You will:',
        `- Share the hire dates, by ${shortDate(NOW + 4 * DAY, NOW)}`,
        '',
        `Next time we meet: Leeds plan, ${shortDate(next.startsAt, NOW)} at ${timeOfDay(next.startsAt)}.`,
        '',
        'Best regards,',
        '',
      ].join('\n'),
    );
  });

  it('names the promises kept since the meeting before this one, not older ones', () => {
    const before = meeting(acme.id, NOW - 14 * DAY, { title: 'Discovery', status: 'done' });
    const upcoming = meeting(acme.id, NOW + 2 * HOUR, {
      title: 'Check-in',
      createdAt: NOW - 20 * DAY,
    });
    const kept = (daysAgo: number, text: string) =>
      promise(acme.id, 'us', NOW - daysAgo * DAY, {
        text,
        status: 'done',
        doneAt: NOW - daysAgo * DAY,
      });
    const text = followUpText(
      input({
        meeting: upcoming,
        meetings: [before, upcoming],
        commitments: [
          kept(1, 'Kept yesterday'),
          kept(10, 'Kept since Discovery'),
          kept(20, 'Kept long ago'),
        ],
      }),
    );
    expect(text).toContain('- Kept yesterday, by');
    expect(text).toContain('- Kept since Discovery, by');
    expect(text).not.toContain('Kept long ago');
  });

  it('for a customer with no history: thanks and a sign-off, nothing invented', () => {
    const text = followUpText(
      input({ contacts: [], meeting: { ...call, startsAt: NOW - 3 * DAY } }),
    );
    expect(text).toBe(
      `Hello Northwind Logistics team,\n\nThank you for your time on ${shortDate(NOW - 3 * DAY, NOW)} (Pilot check-in).\n\nBest regards,\n`,
    );
    expect(followUpSubject(input())).toBe('Following up: Pilot check-in');
  });
});

describe('the follow-up as mailto:', () => {
  it('encodes addresses, subject and body (CRLF line breaks, & and ? escaped)', () => {
    const { url, shortened } = followUpMailto(
      ['maya@northwind.example', 'tom+sales@northwind.example'],
      'Pilot & plan?',
      'Hi Maya,\nLine two #1',
    );
    expect(shortened).toBe(false);
    expect(url).toBe(
      'mailto:maya@northwind.example,tom%2Bsales@northwind.example?subject=Pilot%20%26%20plan%3F&body=Hi%20Maya%2C%0D%0ALine%20two%20%231',
    );
  });

  it('past the length mail clients take, cuts at a line break and says the full text is on the clipboard', () => {
    const body = Array.from({ length: 80 }, (_, i) => `- promise number ${i} with some words`).join(
      '\n',
    );
    const { url, shortened } = followUpMailto(['a@b.example'], 'Follow-up', body);
    expect(shortened).toBe(true);
    expect(url.length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
    const sent = decodeURIComponent(url.split('body=')[1]!);
    expect(sent.endsWith(MAILTO_CUT_NOTE)).toBe(true);
    expect(sent).toContain('- promise number 0 with some words\r\n');
    expect(sent).not.toContain('promise number 79');
  });
});

describe('the follow-up draft', () => {
  it('is kept per meeting, and anything malformed reads as no draft', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
    writeFollowUpDraft(storage, 'm1', { text: 'Hi Maya', at: 1 });
    expect(readFollowUpDraft(storage, 'm1')).toEqual({ text: 'Hi Maya', at: 1 });
    expect(readFollowUpDraft(storage, 'm2')).toBeNull();
    for (const v of store.keys()) store.set(v, '{"text": 3}');
    expect(readFollowUpDraft(storage, 'm1')).toBeNull();
    writeFollowUpDraft(storage, 'm1', null);
    expect(store.size).toBe(0);
  });
});
