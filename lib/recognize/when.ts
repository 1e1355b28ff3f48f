/**
 * Turns the event time Google Calendar shows ("Thursday, March 12, 2026⋅10:00 –
 * 11:30am") into ISO 8601 local times ("2026-03-12T10:00:00"). We keep the wall
 * clock the seller sees, with no offset: `new Date(iso)` reads it back as local
 * time, and the result never depends on the machine's time zone.
 */
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
const DATE =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b(?:,?\s+(\d{4}))?|\b(\d{4})-(\d\d)-(\d\d)\b/gi;
// 10:30pm · 2 pm · 14:00 · and a bare hour before a dash ("11 – 12pm").
const TIME =
  /\b(\d{1,2})(?::(\d\d))?\s*([ap])\.?m?\b\.?|\b(\d{1,2}):(\d\d)\b|\b(\d{1,2})(?=\s*[–—-]\s*\d)/gi;

const pad = (n: number) => String(n).padStart(2, '0');

/** @param fallbackYear the year to assume when the text has none (Calendar omits the current one) */
export function parseEventTime(
  text: string,
  fallbackYear: number,
): { start: string; end?: string } | undefined {
  const t = text.slice(0, 300);
  const days: string[] = [];
  let rest = t;
  for (const m of t.matchAll(DATE)) {
    const [y, mo, d] = m[4]
      ? [+m[4], +m[5]!, +m[6]!]
      : [m[3] ? +m[3] : fallbackYear, MONTHS.indexOf(m[1]!.toLowerCase()) / 3 + 1, +m[2]!];
    const probe = new Date(Date.UTC(y, mo - 1, d));
    if (probe.getUTCDate() !== d || probe.getUTCMonth() !== mo - 1) continue;
    days.push(`${y}-${pad(mo)}-${pad(d)}`);
    // Blank the date out so "March 12" never reads as 12 o'clock.
    rest = rest.replace(m[0], ' '.repeat(m[0].length));
  }
  if (!days[0]) return undefined;
  const times: { h: number; min: number; ap?: string }[] = [];
  for (const m of rest.matchAll(TIME)) {
    const h = +(m[1] ?? m[4] ?? m[6]!);
    const ap = m[3]?.toLowerCase();
    if (h < 24 && (!ap || (h >= 1 && h <= 12))) times.push({ h, min: +(m[2] ?? m[5] ?? 0), ap });
  }
  const [a, b] = times;
  if (!a) return days[1] ? { start: days[0], end: days[1] } : { start: days[0] }; // all day
  // "10:00 – 11:30am": the first time borrows the second's am/pm (or the other half, if it would end before it starts).
  if (b?.ap && !a.ap && a.h <= 12)
    a.ap = (a.h % 12) * 60 + a.min <= (b.h % 12) * 60 + b.min ? b.ap : b.ap === 'p' ? 'a' : 'p';
  const at = (day: string, c: { h: number; min: number; ap?: string }) =>
    `${day}T${pad(c.ap ? (c.h % 12) + (c.ap === 'p' ? 12 : 0) : c.h)}:${pad(c.min)}:00`;
  return b ? { start: at(days[0], a), end: at(days[1] ?? days[0], b) } : { start: at(days[0], a) };
}

/** "20260312" (a data-date attribute) → "2026-03-12". */
export function compactDate(s: string | null | undefined): string | undefined {
  const m = s && /^(\d{4})(\d\d)(\d\d)$/.exec(s.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}
