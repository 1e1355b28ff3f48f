/** "a.com, b.com\nc.com" → ['a.com', 'b.com', 'c.com'] */
export function splitList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
