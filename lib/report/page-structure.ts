/**
 * Reads the page's structure for "Report this page": tags, attributes and text,
 * as plain data the side panel redacts before anything is saved. Runs in the
 * content script (no zod, React or Dexie), so it stays a small capped walk.
 */

/** An element: its tag, its attributes as [name, value], and its children. */
export type StructureElement = {
  tag: string;
  attrs: [string, string][];
  children: StructureNode[];
};
/** A child: an element, or a text node's text. */
export type StructureNode = StructureElement | string;
/** The page as read, before redaction: never stored or shown as it is. */
export type PageStructure = { url: string; root: StructureElement; truncated: boolean };

export const STRUCTURE_LIMITS = { nodes: 20_000, depth: 200, chars: 2_000 };

// Their contents are code, not what the seller sees, and can be most of a page's weight.
const SKIPPED = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;
// What a seller typed is in the property, not the attribute the recognizers also read.
const TYPED = /^(INPUT|TEXTAREA|SELECT)$/;

export function readPageStructure(
  doc: Document,
  url: string,
  limits = STRUCTURE_LIMITS,
): PageStructure {
  let left = limits.nodes;
  let truncated = false;
  const clip = (s: string) => s.slice(0, limits.chars);

  function read(el: Element, depth: number): StructureElement {
    left--;
    const attrs = new Map([...el.attributes].map((a) => [a.name, clip(a.value)]));
    if (TYPED.test(el.tagName)) attrs.set('value', clip((el as HTMLInputElement).value));
    const children: StructureNode[] = [];
    for (const child of el.childNodes) {
      const isText = child.nodeType === 3;
      if (!isText && child.nodeType !== 1) continue;
      if (left <= 0 || depth >= limits.depth) {
        truncated = true;
        break;
      }
      if (isText) {
        const text = child.nodeValue!;
        if (text.trim()) {
          left--;
          children.push(clip(text));
        }
      } else if (!SKIPPED.test((child as Element).tagName)) {
        children.push(read(child as Element, depth + 1));
      }
    }
    return { tag: el.tagName.toLowerCase(), attrs: [...attrs], children };
  }

  return { url, root: read(doc.documentElement, 0), truncated };
}
