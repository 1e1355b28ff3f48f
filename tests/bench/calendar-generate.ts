/**
 * A calendar export: `events` VEVENTs (one in fifty a weekly series of twelve)
 * in Outlook's form (Windows TZIDs with their VTIMEZONE), each with the seller,
 * a colleague and one or two people of one of `customers` companies, spread
 * evenly from `historyDays` ago to 90 days ahead. An export holds the whole
 * history (Google's and Outlook's do), so most of a real file is before the
 * import window; historyDays 30 puts every event inside it, the worst case.
 */
const DAY = 24 * 60 * 60 * 1000;

const pad = (n: number) => String(n).padStart(2, '0');
const local = (t: number) => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;
};

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:W. Europe Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T030000',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];

export const benchCustomerDomain = (i: number) => `customer-${i}.example`;

export function calendarExport(
  events: number,
  customers: number,
  now: number,
  historyDays: number,
): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
    'VERSION:2.0',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
  ];
  const from = now - historyDays * DAY;
  const days = historyDays + 90;
  for (let i = 0; i < events; i++) {
    // Working hours, 08:00–17:00 wall clock, on the i-th slot of the window.
    const day = Math.floor((i * days) / events);
    const start = from + day * DAY + (8 + (i % 9)) * 60 * 60 * 1000;
    const c = i % customers;
    const series = i % 50 === 0;
    lines.push(
      'BEGIN:VEVENT',
      `UID:040000008200E00074C5B7101A82E008000000000000000000000000000000001000000${String(i).padStart(8, '0')}`,
      `SUMMARY;LANGUAGE=en-us:${series ? 'Weekly sync' : 'Call'} with customer ${c}`,
      `DTSTART;TZID="W. Europe Standard Time":${local(start)}`,
      `DTEND;TZID="W. Europe Standard Time":${local(start + 30 * 60 * 1000)}`,
      'DTSTAMP:20261201T101010Z',
      'ORGANIZER;CN="Sam Seller":mailto:sam@seller.example',
      'ATTENDEE;CN=Alex Colleague;RSVP=TRUE:mailto:alex@seller.example',
      `ATTENDEE;CN=Buyer ${c};RSVP=TRUE:mailto:buyer@${benchCustomerDomain(c)}`,
      ...(i % 3 === 0
        ? [`ATTENDEE;CN=Engineer;RSVP=TRUE:mailto:eng${i}@${benchCustomerDomain(c)}`]
        : []),
      ...(series
        ? [
            'RRULE:FREQ=WEEKLY;COUNT=12;BYDAY=' +
              ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(start).getUTCDay()],
          ]
        : []),
      'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}
