/** A keep-in-touch interval typed in a field: whole days from 1 to 3650; '' when `blankIsDefault`. */
export function parseKeepInTouchDays(
  text: string,
  blankIsDefault = false,
): { days: number | undefined } | { error: string } {
  const t = text.trim();
  if (t === '' && blankIsDefault) return { days: undefined };
  const n = Number(t);
  if (t === '' || !Number.isInteger(n) || n < 1 || n > 3650) {
    return { error: 'Enter whole days from 1 to 3650 (ten years).' };
  }
  return { days: n };
}
