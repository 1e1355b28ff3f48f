/**
 * A site Callprep recognizes out of the box, described once: everything else
 * (manifest matches, the recognizer's hosts, settings toggles, record labels,
 * the observer's attributes) is derived from these descriptors.
 *
 * A descriptor is a file `lib/sites/<script>/<site>.ts`, where <script> names the
 * content script that carries it (entrypoints/<script>.content.ts). It exports
 * `site` (metadata only) and `recognizer` apart, so pages that need only the
 * metadata (the workspace, the background) bundle no recognizer code.
 */
import type { Site } from '../recognize/signal';
import type { Recognizer, SiteReader } from '../recognize/types';
import { patternCoversHost } from './match-pattern';

/** Every site but the generic reader, which has no hosts of its own. */
export type BuiltinSite = Exclude<Site, 'generic'>;

export type SiteDescriptor = {
  id: BuiltinSite;
  /** The one name the seller sees: settings toggles, "Recognized by <label> …". */
  label: string;
  /** Manifest match patterns (`https://host/*` or `https://*.domain/*`). */
  hosts: readonly string[];
  /** Attributes, beyond the ones every page watches, whose change can change what it reads. */
  attributes?: readonly string[];
};

/** What a descriptor file exports. */
export type SiteModule = { site: SiteDescriptor; recognizer: Recognizer };

export function defineSite<const D extends SiteDescriptor>(descriptor: D): D {
  return descriptor;
}

/** The site's reader, claiming exactly the hosts its match patterns cover. */
export function siteRecognizer(site: SiteDescriptor, reader: SiteReader): Recognizer {
  return {
    ...reader,
    hosts: site.hosts,
    attributes: site.attributes ?? [],
    claims: (host) => site.hosts.some((pattern) => patternCoversHost(pattern, host)),
  };
}
