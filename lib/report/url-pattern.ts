/**
 * The pattern of a page's URL for a report: scheme, host and path kept (record
 * ids are what a recognizer reads), query values and free-text path segments
 * (searches, labels, profile slugs, anything with an address) replaced by
 * placeholders of the same length. The result is still a URL, so a report can
 * be recognized again at it.
 */
import { placeholder } from './placeholder';

/** Path words after which the next segment is what someone typed or is named. */
const FREE_TEXT_AFTER = new Set(['in', 'pub', 'search', 'label', 'q', 'query', 'name', 'people']);
const PERSONAL = /@|%40|%20|\+|\s/i;
/** Query values that are record ids or page kinds, not what anyone typed (Dynamics' etn, id). */
const GUID = /^(\{|%7b)?[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}(\}|%7d)?$/i;
const STRUCTURAL_KEYS = new Set(['etn', 'pagetype']);

function pathPattern(path: string): string {
  const segments = path.split('/');
  return segments
    .map((segment, i) => {
      const after = segments[i - 1]?.toLowerCase() ?? '';
      return FREE_TEXT_AFTER.has(after) || PERSONAL.test(segment) ? placeholder(segment) : segment;
    })
    .join('/');
}

function queryPattern(query: string): string {
  return query
    .split('&')
    .map((pair) => {
      const at = pair.indexOf('=');
      const key = at < 0 ? pair : pair.slice(0, at);
      const safeKey = /^[\w.[\]-]*$/.test(key) ? key : placeholder(key);
      if (at < 0) return safeKey;
      const value = pair.slice(at + 1);
      const keep = GUID.test(value) || (STRUCTURAL_KEYS.has(key) && /^[a-z_]{1,40}$/.test(value));
      return `${safeKey}=${keep ? value : placeholder(value)}`;
    })
    .join('&');
}

/** `path?query`, as in a URL's path or an in-app route after `#`. */
function routePattern(route: string): string {
  const at = route.indexOf('?');
  return at < 0
    ? pathPattern(route)
    : `${pathPattern(route.slice(0, at))}?${queryPattern(route.slice(at + 1))}`;
}

export function urlPattern(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return placeholder(url);
  }
  // No user name or password: `host` leaves them out.
  const { protocol, host, pathname, search, hash } = parsed;
  const base = protocol === 'mailto:' || protocol === 'tel:' ? '' : `//${host}`;
  const path = base ? pathPattern(pathname) : placeholder(pathname);
  const query = search ? `?${queryPattern(search.slice(1))}` : '';
  const fragment = hash ? `#${routePattern(hash.slice(1))}` : '';
  return `${protocol}${base}${path}${query}${fragment}`;
}
