/**
 * The lines a Salesforce report export adds below its data: the grand total,
 * the confidentiality notice and the copyright, each alone in the first column.
 */
const FOOTER_LINES = [
  /^grand totals? \([\d.,\s]+ records?\)$/i,
  /^confidential information - do not distribute$/i,
  /^copyright \(c\) [\d\s-]+ salesforce\.com, inc\. all rights reserved\.?$/i,
];

/** A row whose every cell is blank: a spreadsheet shows it as an empty row. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** The footer line a row holds, or null when it is a row of data. */
export function footerLine(cells: readonly string[]): string | null {
  const first = (cells[0] ?? '').trim();
  if (!first || cells.some((c, i) => i > 0 && c.trim() !== '')) return null;
  return FOOTER_LINES.some((re) => re.test(first)) ? first : null;
}

/**
 * How many rows at the end of `rows` are a report footer (footer lines and the
 * blank rows around them), so a company called "Grand Totals" mid-file is still data.
 * Returns 0 when the file ends in data.
 */
export function footerLength(rows: readonly (readonly string[])[]): number {
  let start = rows.length;
  let lines = 0;
  while (start > 0) {
    const cells = rows[start - 1]!;
    if (footerLine(cells)) lines++;
    else if (!isBlankRow(cells)) break;
    start--;
  }
  return lines ? rows.length - start : 0;
}
