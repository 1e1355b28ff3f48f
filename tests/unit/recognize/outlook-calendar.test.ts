/**
 * Outlook on the web's calendar (issue 14): which URLs are events, the time zone a
 * page shows turned into the right offset for the event's date (DST included), and
 * what is never an event (the grid's own buttons, a closed peek card).
 */
import { describe, expect, it } from 'vitest';
import { recognizePage } from '@/lib/recognize';
import { outlookItemId } from '@/lib/recognize/outlook-calendar';
import { withShownZone } from '@/lib/recognize/outlook-time-zone';

const u = (s: string) => new URL(s);
const page = (body: string, lang = 'en-US') =>
  new DOMParser().parseFromString(
    `<!DOCTYPE html><html lang="${lang}"><body>${body}</body></html>`,
    'text/html',
  );

describe('outlookItemId', () => {
  it.each([
    ['https://outlook.office.com/calendar/item/AAMk%2FAb%3D', 'AAMk/Ab='],
    ['https://outlook.office365.com/calendar/deeplink/read/AAMkX1?ispopout=0', 'AAMkX1'],
    ['https://outlook.live.com/calendar/0/item/AQMkAD', 'AQMkAD'],
    ['https://outlook.office365.com/owa/?itemid=AAMkQ&exvsurl=1&path=/calendar/item', 'AAMkQ'],
  ])('%s → %s', (url, id) => expect(outlookItemId(u(url))).toBe(id));

  it('is null for a grid view (a peek card has no id in its URL) and off the calendar', () => {
    expect(outlookItemId(u('https://outlook.office.com/calendar/view/week'))).toBeNull();
    expect(
      outlookItemId(u('https://outlook.live.com/calendar/0/view/month/2026-11-01')),
    ).toBeNull();
    expect(outlookItemId(u('https://outlook.office.com/mail/inbox/id/AAQk%3D'))).toBeNull();
  });
});

describe('withShownZone: the offset the shown zone has on that date', () => {
  const berlin = '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna';
  const eastern = '(UTC-05:00) Eastern Time (US & Canada)';
  it.each([
    ['2026-07-09T15:00:00', berlin, '2026-07-09T15:00:00+02:00'],
    ['2026-01-09T15:00:00', berlin, '2026-01-09T15:00:00+01:00'],
    // DST in the US starts on 8 March 2026: the label's -05:00 is winter only.
    ['2026-03-06T09:00:00', eastern, '2026-03-06T09:00:00-05:00'],
    ['2026-03-09T09:00:00', eastern, '2026-03-09T09:00:00-04:00'],
    // Southern hemisphere: summer in January.
    ['2026-01-09T09:00:00', '(UTC+10:00) Canberra, Melbourne, Sydney', '2026-01-09T09:00:00+11:00'],
    ['2026-07-09T09:00:00', '(UTC+10:00) Canberra, Melbourne, Sydney', '2026-07-09T09:00:00+10:00'],
    // No DST: the label's own offset.
    ['2026-07-09T09:00:00', '(UTC-07:00) Arizona', '2026-07-09T09:00:00-07:00'],
    [
      '2026-07-09T09:00:00',
      '(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi',
      '2026-07-09T09:00:00+05:30',
    ],
    ['2026-07-09T09:00:00', '(UTC) Coordinated Universal Time', '2026-07-09T09:00:00+00:00'],
  ])('%s in %s → %s', (iso, label, out) => {
    expect(withShownZone(iso, label)).toBe(out);
    // The instant, whatever the machine's zone.
    expect(Number.isFinite(Date.parse(out))).toBe(true);
  });

  it('leaves alone a time with no zone shown, an all-day date, or an offset already there', () => {
    expect(withShownZone('2026-07-09T15:00:00', 'Room 4')).toBe('2026-07-09T15:00:00');
    expect(withShownZone('2026-07-09', berlin)).toBe('2026-07-09');
    expect(withShownZone('2026-07-09T13:00:00Z', berlin)).toBe('2026-07-09T13:00:00Z');
    expect(withShownZone(undefined, berlin)).toBeUndefined();
  });
});

const GRID = `<div role="main" aria-label="Calendar"><div role="heading" aria-level="2">November 2026</div>
  <div role="button" aria-label="Globex renewal kickoff, 10:00 AM to 10:30 AM, Thursday, November 26, 2026, Priya Raman" title="priya.raman@globexhealth.com">Globex renewal kickoff</div></div>`;
const CARD = (
  attrs = '',
) => `<div role="dialog" ${attrs}><div role="heading">Globex renewal kickoff</div>
  <div aria-label="Time Thursday, November 26, 2026 10:00 AM to 10:30 AM">Thu 11/26 10:00 AM - 10:30 AM</div>
  <button aria-label="Opens card for Priya Raman" title="priya.raman@globexhealth.com">PR</button></div>`;

describe('the calendar grid', () => {
  const week = 'https://outlook.office.com/calendar/view/week';
  it('is no event by itself, though its buttons name events and their organizers', () => {
    expect(recognizePage(page(GRID), week)).toBeNull();
  });

  it('is no event when the only peek card is a closed one', () => {
    expect(recognizePage(page(GRID + CARD('aria-hidden="true"')), week)).toBeNull();
  });

  it('under an open peek card, the card is the event', () => {
    expect(recognizePage(page(GRID + CARD()), week)).toEqual({
      site: 'outlook',
      view: 'event',
      url: week,
      title: 'Globex renewal kickoff',
      when: { start: '2026-11-26T10:00:00', end: '2026-11-26T10:30:00' },
      people: [{ role: 'attendee', name: 'Priya Raman', email: 'priya.raman@globexhealth.com' }],
    });
  });
});

describe('the dates an event page shows', () => {
  const item = 'https://outlook.office.com/calendar/item/AAMkX1';
  const event = (time: string, lang: string) =>
    recognizePage(
      page(
        `<div role="main"><div role="heading">Planning</div><div aria-label="Time"><span>${time}</span></div></div>`,
        lang,
      ),
      item,
    )?.when;

  it('reads 3/4/2026 as the page’s language writes it', () => {
    expect(event('Wed 3/4/2026 2:00 PM - 3:00 PM', 'en-US')).toEqual({
      start: '2026-03-04T14:00:00',
      end: '2026-03-04T15:00:00',
    });
    expect(event('Tue 03/04/2026 14:00 - 15:00', 'en-GB')).toEqual({
      start: '2026-04-03T14:00:00',
      end: '2026-04-03T15:00:00',
    });
    expect(event('Fr. 03.04.2026 14:00 - 15:00', 'de-DE')).toEqual({
      start: '2026-04-03T14:00:00',
      end: '2026-04-03T15:00:00',
    });
  });

  it('an event past midnight ends on the next day', () => {
    expect(
      event('Thursday, November 26, 2026 11:00 PM to Friday, November 27, 2026 12:30 AM', 'en-US'),
    ).toEqual({ start: '2026-11-26T23:00:00', end: '2026-11-27T00:30:00' });
  });
});
