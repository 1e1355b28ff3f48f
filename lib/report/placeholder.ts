/**
 * Same-length stand-ins for what a page says: letters become x (X for
 * capitals), digits 0, and whitespace and the punctuation that gives text its
 * shape (an address's @ and dots, "Name<ADDRESS>", "Last, First") stay, so a
 * report shows where a name or an address was without saying which.
 */
const SHAPE = /[\s@.<>:/\-_,()]/;

export function placeholder(text: string): string {
  let out = '';
  // By UTF-16 unit, so the placeholder's `length` is the original's.
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    out += SHAPE.test(c) ? c : /[0-9]/.test(c) ? '0' : /[A-Z]/.test(c) ? 'X' : 'x';
  }
  return out;
}

const EMAIL = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+/g;

/** `text` with every address in it replaced (for values otherwise kept, like ids). */
export function withoutEmails(text: string): string {
  return text.replace(EMAIL, placeholder);
}
