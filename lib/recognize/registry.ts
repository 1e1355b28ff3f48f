/**
 * Builds `recognizePage` over a set of site recognizers. Each content script
 * bundles only the recognizers of the hosts it runs on (its family of sites in
 * lib/sites/<script>/, or the generic reader), so no page pays for code of sites
 * it is not.
 */
import type { PageSignal } from './signal';
import type { Recognizer } from './types';

export type PageRecognition = {
  recognizePage(doc: Document, url: string): PageSignal | null;
  recognizerFor(url: string): Recognizer | undefined;
};

function parse(url: string): URL | undefined {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u : undefined;
  } catch {
    return undefined;
  }
}

export function makeRecognition(
  recognizers: readonly Recognizer[],
  fallback?: (doc: Document, url: URL) => PageSignal | null,
): PageRecognition {
  function recognizerFor(url: string): Recognizer | undefined {
    const host = parse(url)?.hostname.toLowerCase();
    return host ? recognizers.find((r) => r.claims(host)) : undefined;
  }
  function recognizePage(doc: Document, url: string): PageSignal | null {
    try {
      const u = parse(url);
      if (!u || !doc) return null;
      const owner = recognizerFor(u.href);
      // A host a site owns never falls through to the generic reader: an unknown
      // Gmail view is "nothing", not "some page with addresses on it".
      if (owner) return owner.recognize(doc, u);
      return fallback ? fallback(doc, u) : null;
    } catch {
      return null;
    }
  }
  return { recognizePage, recognizerFor };
}
