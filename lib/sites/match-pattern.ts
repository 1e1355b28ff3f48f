/**
 * Manifest match patterns, read as the browser reads them, so that the hosts a
 * recognizer claims, the hosts a content script runs on and the hosts a seller
 * may not add again as "custom" all come from the same list.
 *
 * Only `https://<host>/*` and `https://*.<domain>/*` are ours: Callprep never
 * reads plain http, and a site owns whole hosts (a path-limited pattern would
 * leave pages of a claimed host without the script that reads them).
 */
const PATTERN = /^https:\/\/(\*\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}\/\*$/;

/** The rule the descriptors are held to (tests/unit/conventions/sites.test.ts). */
export function isHttpsMatchPattern(pattern: string): boolean {
  return PATTERN.test(pattern);
}

/**
 * `https://*.pipedrive.com/*` covers pipedrive.com and every host under it, as in
 * the manifest. Assumes a pattern isHttpsMatchPattern accepts; small on purpose,
 * since every content script carries it.
 */
export function patternCoversHost(pattern: string, host: string): boolean {
  const h = pattern.slice('https://'.length, -'/*'.length);
  return h.startsWith('*.') ? host === h.slice(2) || host.endsWith(h.slice(1)) : host === h;
}
