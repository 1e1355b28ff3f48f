/**
 * The shape of a page's structure (as the content script answers, and as a
 * report stores it, redacted). The page is untrusted: names are checked so
 * that rebuilding HTML from them cannot inject markup, and sizes are bounded.
 */
import { z } from '../zod';
import { STRUCTURE_LIMITS, type StructureElement } from './page-structure';

/** What HTML parsers accept as element and attribute names, and nothing that ends a tag. */
export const TAG_NAME = /^[a-zA-Z][\w.:-]{0,300}$/;
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
export const ATTRIBUTE_NAME = /^[^\s"'<>/=\u0000-\u001f]{1,200}$/;

const value = z.string().max(STRUCTURE_LIMITS.chars);

export const structureElementSchema: z.ZodType<StructureElement> = z.lazy(() =>
  z.object({
    tag: z.string().regex(TAG_NAME),
    attrs: z.array(z.tuple([z.string().regex(ATTRIBUTE_NAME), value])).max(500),
    children: z.array(z.union([value, structureElementSchema])).max(STRUCTURE_LIMITS.nodes),
  }),
);

/** A tree with more nodes than the content script sends is not one it sent. */
export function countNodes(el: StructureElement): number {
  let n = 1;
  for (const child of el.children) n += typeof child === 'string' ? 1 : countNodes(child);
  return n;
}
