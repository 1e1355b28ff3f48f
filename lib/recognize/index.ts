/**
 * Page recognition: which site is this, which view, and who / what is it about.
 * Pure (reads only the document it is given), never throws, and returns null
 * for pages it does not know.
 */
import { dynamics } from './dynamics';
import { gcalendar } from './gcalendar';
import { recognizeGeneric } from './generic';
import { gmail } from './gmail';
import { hubspot } from './hubspot';
import { linkedin } from './linkedin';
import { outlook } from './outlook';
import { pipedrive } from './pipedrive';
import { salesforce } from './salesforce';
import type { PageSignal } from './signal';
import type { Recognizer } from './types';
import { zoho } from './zoho';

export type { PageSignal } from './signal';

export const RECOGNIZERS: readonly Recognizer[] = [
  gmail,
  outlook,
  gcalendar,
  salesforce,
  hubspot,
  pipedrive,
  dynamics,
  zoho,
  linkedin,
];

function parse(url: string): URL | undefined {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u : undefined;
  } catch {
    return undefined;
  }
}

/** The recognizer that owns this URL's host, if any. */
export function recognizerFor(url: string): Recognizer | undefined {
  const host = parse(url)?.hostname.toLowerCase();
  return host ? RECOGNIZERS.find((r) => r.claims(host)) : undefined;
}

export function recognizePage(doc: Document, url: string): PageSignal | null {
  try {
    const u = parse(url);
    if (!u || !doc) return null;
    const owner = recognizerFor(u.href);
    // A host a site owns never falls through to the generic reader: an unknown
    // Gmail view is "nothing", not "some page with addresses on it".
    return owner ? owner.recognize(doc, u) : recognizeGeneric(doc, u);
  } catch {
    return null;
  }
}
