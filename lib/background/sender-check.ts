/**
 * What the browser says about a message's sender, held against what the message
 * claims. The browser sets `sender.url` and `sender.tab` itself; the page cannot
 * forge them, though it can make its content script send anything at all.
 */
import type { SenderKind } from '../messaging/senders';
import type { PageSignal, Site } from '../recognize/signal';
import { SITE_DESCRIPTORS } from '../sites';
import { patternCoversHost } from '../sites/match-pattern';
import type { MessageSender } from './browser-types';

/** This extension: its id, and the origin of its pages (moz-extension://<uuid> differs from the id). */
export type ExtensionIdentity = { id: string; origin: string };

/** From `runtime.id` alone: Chrome's origin (Firefox passes `getURL('/')`'s). */
export function identityOf(runtime: string | ExtensionIdentity): ExtensionIdentity {
  return typeof runtime === 'string'
    ? { id: runtime, origin: `chrome-extension://${runtime}` }
    : runtime;
}

/** Sites whose reader reports the signed-in mailbox (a test holds this to the readers). */
export const ACCOUNT_SITES: readonly Site[] = ['gmail'];

function parseUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * `scheme://host`: URL's own `origin` is "null" for extension schemes outside a
 * browser (and they are what extension pages are told apart by).
 */
export function originOf(url: string | undefined): string | null {
  const u = parseUrl(url);
  return u && u.host ? `${u.protocol}//${u.host}` : null;
}

const isWebUrl = (u: URL | null): u is URL => u !== null && /^https?:$/.test(u.protocol);

export function tabIdOf(sender: MessageSender): number | null {
  const tabId = sender.tab?.id;
  return typeof tabId === 'number' && Number.isInteger(tabId) && tabId >= 0 ? tabId : null;
}

/**
 * Whether this extension's `sender` is of `kind`. An extension page is known by
 * its URL alone: the side panel may be open in a tab (its fallback, and the e2e
 * tests), and no content script ever runs at an extension URL. A content script
 * is a tab's top frame showing a web page: frames inside a page (ads, embedded
 * widgets) never speak for the tab.
 */
export function senderIs(
  kind: SenderKind,
  sender: MessageSender,
  extension: ExtensionIdentity,
): boolean {
  if (kind === 'extension-page') return originOf(sender.url) === extension.origin;
  const url = parseUrl(sender.url);
  if (tabIdOf(sender) === null) return false;
  if (sender.frameId !== undefined && sender.frameId !== 0) return false;
  return isWebUrl(url);
}

/** The site whose content script runs on `host`: a built-in site, else the generic reader. */
export function siteOfHost(host: string): Site {
  const h = host.toLowerCase();
  return (
    SITE_DESCRIPTORS.find((d) => d.hosts.some((p) => patternCoversHost(p, h)))?.id ?? 'generic'
  );
}

/**
 * A signal may only describe the sender's own page: the site that runs on its
 * host, at a web URL of its origin. (A Gmail tab cannot claim a Salesforce record,
 * nor a `javascript:` URL.)
 */
export function signalFitsSender(
  signal: PageSignal | null,
  senderUrl: string | undefined,
): boolean {
  const from = parseUrl(senderUrl);
  if (!isWebUrl(from)) return false;
  if (signal === null) return true;
  const claimed = parseUrl(signal.url);
  if (!isWebUrl(claimed) || claimed.origin !== from.origin) return false;
  return signal.site === siteOfHost(from.hostname);
}

/** Only a mail site that shows the signed-in mailbox may report it. */
export function mayReportOwnAccount(senderUrl: string | undefined): boolean {
  const from = parseUrl(senderUrl);
  return (
    isWebUrl(from) &&
    from.protocol === 'https:' &&
    ACCOUNT_SITES.includes(siteOfHost(from.hostname))
  );
}
