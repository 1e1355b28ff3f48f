/**
 * The event time as Outlook on the web shows it: "Tue 11/24/2026 2:00 PM - 2:45 PM",
 * "Do 26.11.2026 14:00 - 14:30", or an aria-label's "Thursday, November 26, 2026
 * 10:00 AM to 10:30 AM" → ISO wall-clock times ("2026-11-24T14:00:00"). Numeric
 * dates follow the page's language: month first only in US English. Smaller than
 * the Google Calendar parser on purpose (OWA always shows minutes): it ships in the
 * Outlook script.
 */
const DAY =
  /\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b|\b(\d{4})-(\d\d)-(\d\d)\b|\b([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})\b/gi;
const CLOCK = /\b(\d{1,2}):(\d\d)(?:\s*([ap])\.?m\b)?/gi;
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
const pad = (n: number | string) => String(n).padStart(2, '0');

export function parseOwaTime(
  raw: string,
  monthFirst: boolean,
): { start: string; end?: string } | undefined {
  const days: string[] = [];
  const rest = raw.slice(0, 300).replace(DAY, (_, a, sep, b, y, iy, im, id, mon, md, my) => {
    const named = mon ? MONTHS.indexOf(mon.toLowerCase()) / 3 + 1 : 0;
    const [m, d] = iy ? [im, id] : mon ? [named, md] : monthFirst && sep === '/' ? [a, b] : [b, a];
    if (!mon || (Number.isInteger(named) && named >= 1))
      days.push(`${iy ?? y ?? my}-${pad(m)}-${pad(d)}`);
    // Blanked out, so a date never reads as a time.
    return ' ';
  });
  if (!days[0]) return undefined;
  const times = [...rest.matchAll(CLOCK)].map(
    ([, h, min, ap]) =>
      `T${pad((+h! % (ap ? 12 : 24)) + (ap?.toLowerCase() === 'p' ? 12 : 0))}:${min}:00`,
  );
  const start = days[0] + (times[0] ?? '');
  const endDay = days[1] ?? (times[1] ? days[0] : undefined);
  return endDay ? { start, end: endDay + (times[1] ?? '') } : { start };
}
