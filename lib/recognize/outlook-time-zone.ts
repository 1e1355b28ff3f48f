/**
 * The time zone an Outlook event shows beside its time, as Windows writes it:
 * "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna" or
 * "(UTC-05:00) Eastern Time (US & Canada)". The label's offset is the zone's
 * standard one; in summer the real offset differs, so the label is resolved to
 * an IANA zone (one of its cities, or the North American zone it names) and the
 * offset read for the event's date. Terse on purpose: it ships in the Outlook script.
 */
const LABEL = /\(UTC(?:([+-]\d\d):(\d\d))?\)\s*([^\n]{0,120})/;
const NORTH_AMERICA: Record<string, string> = {
  Eastern: 'New_York',
  Central: 'Chicago',
  Mountain: 'Denver',
  Pacific: 'Los_Angeles',
  Atlantic: 'Halifax',
  Alaska: 'Anchorage',
};

/** Minutes east of UTC: "+05:30" → 330; of `zone` at instant `t` when given ("GMT+02:00"). */
function minutes(s: string): number {
  const m = /([+-])(\d\d):?(\d\d)?/.exec(s);
  return m ? (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +(m[3] ?? 0)) : 0;
}
const offsetAt = (zone: string, t: number) =>
  minutes(new Date(t).toLocaleString('en', { timeZone: zone, timeZoneName: 'longOffset' }));

/**
 * Gives a wall-clock ISO time ("2026-07-09T15:00:00") the offset it has in the
 * zone `label` shows ("…+02:00"). Left as it is without a label, for a date
 * alone (all day) or a time that already has an offset.
 */
export function withShownZone(iso: string | undefined, label: string): string | undefined {
  const m = LABEL.exec(label);
  if (!m || !iso || !/^[\d-]{10}T[\d:]{5,8}$/.test(iso)) return iso;
  let off = minutes(m[1] ? m[1] + m[2] : '');
  const na = NORTH_AMERICA[/^(\w+) Time \((US|Canada)/.exec(m[3]!)?.[1] ?? ''];
  const tails = (na ? [na] : m[3]!.split(',')).map((c) => '/' + c.trim().replace(/ /g, '_'));
  let zone: string | undefined;
  try {
    zone = Intl.supportedValuesOf('timeZone').find((z) => tails.some((t) => z.endsWith(t)));
  } catch {
    // an engine without the list: the label's own offset
  }
  const wall = Date.parse(iso + 'Z');
  // The offset at the instant the wall time falls on (taken twice: a guess may cross a DST change).
  if (zone) off = offsetAt(zone, wall - offsetAt(zone, wall - off * 60000) * 60000);
  const a = Math.abs(off);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${iso}${off < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}
