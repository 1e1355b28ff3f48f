/**
 * "Prepare this meeting" from an Outlook on the web event (issue 14), read from the
 * saved OWA pages: the event's own item id keeps it idempotent, a peek card (no id
 * in its URL) falls back to title + start, and a time zone the page shows gives the
 * meeting its real instant.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventFromSignal } from '@/lib/readiness/prepare-from-event';
import { recognizePage } from '@/lib/recognize';

function eventOf(fixture: string) {
  const dir = join(__dirname, '../../fixtures/pages');
  const { url } = JSON.parse(readFileSync(join(dir, `${fixture}.json`), 'utf8')) as { url: string };
  const doc = new DOMParser().parseFromString(
    readFileSync(join(dir, `${fixture}.html`), 'utf8'),
    'text/html',
  );
  return eventFromSignal(recognizePage(doc, url));
}

describe('eventFromSignal on Outlook on the web events', () => {
  it('the event page: its item id, local times and attendees', () => {
    expect(eventOf('outlook-calendar-event-page')).toEqual({
      externalId:
        'owa:AAMkAGQ3ZTBhNDFlLWI0YjUtNGQ5Zi05YjM2LTVmYjYwODZjOWZhZgBGAAAAAADhyb+tR1yTQYq7oBp6JmrPBwCvvNzZ0aLbR7nQ/kFh1l2HAAAAAAENAACvvNzZ0aLbR7nQ/kFh1l2HAAFi3/pVAAA=',
      title: 'Northwind: Leeds depot rollout plan',
      startsAt: new Date(2026, 10, 24, 14, 0).getTime(),
      endsAt: new Date(2026, 10, 24, 14, 45).getTime(),
      attendees: [
        'tom.okafor@northwind-logistics.com',
        'maya.lindqvist@northwind-logistics.com',
        'ana@northwind.example',
        'jonas.berg@northwind-logistics.com',
      ],
    });
  });

  it('a peek card has no id in its URL: title and start', () => {
    const start = new Date(2026, 10, 26, 10, 0);
    expect(eventOf('outlook-calendar-peek-card')).toMatchObject({
      externalId: `owa:t:globex renewal kickoff@${start.toISOString()}`,
      startsAt: start.getTime(),
    });
  });

  it('a time in the shown Windows time zone is that instant, whatever the machine’s zone', () => {
    // 15:00 in Berlin summer time is 13:00 UTC.
    expect(eventOf('outlook-calendar-time-zone')).toMatchObject({
      startsAt: Date.UTC(2026, 6, 9, 13, 0),
      endsAt: Date.UTC(2026, 6, 9, 14, 0),
    });
  });

  it('a recurring occurrence is its own meeting, at its own date', () => {
    const e = eventOf('outlook-calendar-recurring')!;
    expect(e.externalId).toMatch(/^owa:AQMkAD/);
    expect(e.startsAt).toBe(new Date(2026, 11, 1, 9, 0).getTime());
  });
});
