/**
 * Every built-in site, found by its descriptor file (lib/sites/<script>/<site>.ts),
 * and what the rest of the extension derives from them. Imports each file's
 * `site` only: the pages and the background that read this bundle no recognizer.
 */
import { SITES } from '../recognize/signal';
import type { BuiltinSite, SiteDescriptor } from './define-site';
import { patternCoversHost } from './match-pattern';

const found = Object.values(
  import.meta.glob<SiteDescriptor>('./*/*.ts', { eager: true, import: 'site' }),
);

/** In the order of the `Site` union (lib/recognize/signal.ts), which settings shows them in. */
export const SITE_DESCRIPTORS: readonly SiteDescriptor[] = SITES.flatMap((id) =>
  found.filter((site) => site.id === id),
);

/** Every host pattern a content script is registered on in the manifest. */
export const RECOGNIZED_HOST_PATTERNS: readonly string[] = SITE_DESCRIPTORS.flatMap(
  (site) => site.hosts,
);

/** The sites Callprep recognizes out of the box, which the seller may switch off. */
export const BUILTIN_SITES: readonly { id: BuiltinSite; label: string }[] = SITE_DESCRIPTORS.map(
  ({ id, label }) => ({ id, label }),
);

/** "dynamics" → "Microsoft Dynamics 365": one name per site, wherever it is shown. */
export const SITE_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  SITE_DESCRIPTORS.map(({ id, label }) => [id, label]),
);

/** A host some built-in site's content script already runs on (so it cannot be added as custom). */
export function isBuiltinHost(host: string): boolean {
  return RECOGNIZED_HOST_PATTERNS.some((pattern) => patternCoversHost(pattern, host));
}
