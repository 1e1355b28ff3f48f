/**
 * A follow-up as a `mailto:` link (RFC 6068). Mail clients and browsers cut
 * long mailto URLs somewhere past 2,000 characters, silently; so a body that
 * would make the link longer than MAILTO_MAX_LENGTH is shortened at a line
 * break and ends by saying the full text is on the clipboard (the caller
 * copies it there first).
 */
export const MAILTO_MAX_LENGTH = 1800;

export const MAILTO_CUT_NOTE =
  '[…] The full follow-up is on your clipboard: paste it over this text.';

/** Percent-encoding with line breaks as CRLF, as RFC 6068 asks. */
function encode(text: string): string {
  return encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
}

/** An address stays readable (`@` need not be escaped in the path); anything else is encoded. */
function encodeAddress(address: string): string {
  return encodeURIComponent(address.trim()).replace(/%40/g, '@');
}

function build(to: readonly string[], subject: string, body: string): string {
  const query = [`subject=${encode(subject)}`, `body=${encode(body)}`].join('&');
  return `mailto:${to.map(encodeAddress).join(',')}?${query}`;
}

export type Mailto = { url: string; shortened: boolean };

export function followUpMailto(to: readonly string[], subject: string, body: string): Mailto {
  const whole = build(to, subject, body);
  if (whole.length <= MAILTO_MAX_LENGTH) return { url: whole, shortened: false };
  const lines = body.split('\n');
  // Drop whole lines from the end until the link fits with the note.
  for (let keep = lines.length - 1; keep >= 0; keep--) {
    const cut = `${lines.slice(0, keep).join('\n').trimEnd()}\n\n${MAILTO_CUT_NOTE}`;
    const url = build(to, subject, cut);
    if (url.length <= MAILTO_MAX_LENGTH) return { url, shortened: true };
  }
  return { url: build(to, subject, MAILTO_CUT_NOTE), shortened: true };
}
