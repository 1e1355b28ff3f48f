/**
 * A content script's share of the built-in sites: the descriptor files in the
 * folder named after it (entrypoints/crm.content.ts carries lib/sites/crm/*), so
 * adding a site to a script is adding its file, with no edit to the script.
 */
import type { Recognizer } from '../recognize/types';

export type SiteFamily = {
  /** Manifest match patterns of every site in the family. */
  matches: string[];
  recognizers: Recognizer[];
  /** Attributes the family's pages need watched beyond the ones every page watches. */
  attributes: string[];
};

/** From `import.meta.glob('@/lib/sites/<script>/*.ts', { eager: true, import: 'recognizer' })`. */
export function siteFamily(modules: Record<string, Recognizer>): SiteFamily {
  const recognizers = Object.values(modules);
  return {
    matches: recognizers.flatMap((r) => r.hosts),
    recognizers,
    attributes: [...new Set(recognizers.flatMap((r) => r.attributes))],
  };
}
