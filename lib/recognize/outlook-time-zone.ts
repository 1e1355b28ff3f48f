/**
 * The time zone an Outlook event shows beside its time, as Windows writes it:
 * "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna" or
 * "(UTC-05:00) Eastern Time (US & Canada)". The label's offset is the zone's
 * standard one; in summer the real offset differs, so the label is resolved to
 * an IANA zone (one of its cities, or the North American zone it names) and the
 * offset read for the event's date. Kept tiny: it ships in the Outlook script.
 */
const LABEL = /\(UTC(?:([+-])(\d\d):(\d\d))?\)\s*([^\n]{0,120})/;
const NORTH_AMERICA: Record<string, string> = {
  Eastern: 'New_York',
  Central: 'Chicago',
  Mountain: 'Denver',
  Pacific: 'Los_Angeles',
  Atlantic: 'Halifax',
  Alaska: 'Anchorage',
};

/** Minutes east of UTC in `zone` at instant `t` (NaN when the zone is unknown). */
function offsetAt(zone: string, t: number): number {
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(t)
      .find((p) => p.type === 'timeZoneName')?.value;
    const m = /([+-])(\d\d):?(\d\d)?/.exec(name ?? '');
    return m ? (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +(m[3] ?? 0)) : 0;
  } catch {
    return NaN;
  }
}

/** The IANA zone a label names whose standard offset is the label's; undefined if none. */
function zoneOf(name: string, standard: number, year: number): string | undefined {
  const na = /^(\w+) Time \((?:US|Canada)/.exec(name)?.[1];
  const cities = na && NORTH_AMERICA[na] ? [NORTH_AMERICA[na]] : name.split(',');
  let all: string[] = [];
  try {
    all = Intl.supportedValuesOf('timeZone');
  } catch {
    // an old engine: only the label's own offset is known
  }
  for (const city of cities) {
    const tail = '/' + city.trim().replace(/ /g, '_');
    for (const zone of all.filter((z) => z.endsWith(tail))) {
      // Standard time is the smaller of a year's two offsets (summer adds, in either hemisphere).
      const jan = offsetAt(zone, Date.UTC(year, 0, 1));
      if (Math.min(jan, offsetAt(zone, Date.UTC(year, 6, 1))) === standard) return zone;
    }
  }
  return undefined;
}

/**
 * Gives a wall-clock ISO time ("2026-07-09T15:00:00") the offset it has in the
 * zone `label` shows ("…+02:00"). Left as it is without a label, for a date
 * alone (all day) or a time that already has an offset.
 */
export function withShownZone(iso: string | undefined, label: string): string | undefined {
  const m = LABEL.exec(label);
  const t = iso && /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::\d\d)?$/.exec(iso);
  if (!m || !t) return iso;
  const standard = m[1] ? (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +m[3]!) : 0;
  const wall = Date.UTC(+t[1]!, +t[2]! - 1, +t[3]!, +t[4]!, +t[5]!);
  const zone = zoneOf(m[4]!, standard, +t[1]!);
  // The offset at the instant the wall time falls on (taken twice: a guess may cross a DST change).
  let off = zone ? offsetAt(zone, wall - standard * 60000) : standard;
  if (zone) off = offsetAt(zone, wall - off * 60000);
  const a = Math.abs(off);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${iso}${off < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}
