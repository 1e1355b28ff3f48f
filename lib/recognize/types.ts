import type { PageSignal, Site } from './signal';

/**
 * How one site's pages are read. Which hosts the site owns is not said here but
 * in its descriptor (lib/sites/<script>/<site>.ts), next to the manifest patterns.
 */
export type SiteReader = {
  site: Site;
  /** Reads the page; may throw (index.ts catches); null for views it does not know. */
  recognize(doc: Document, url: URL): PageSignal | null;
  /** Selector of the nodes whose change can change the signal; other DOM churn is skipped. */
  keyNodes: string;
  /**
   * The signed-in mailbox, where the site shows it: the seller's own address, so
   * it is never taken for a customer's contact. Outside PageSignal on purpose:
   * it describes the seller, not the page.
   */
  account?(doc: Document): string | null;
};

/** A site's reader bound to what its descriptor says about the site's pages. */
export type Recognizer = SiteReader & {
  /** True for every host this site owns, even on pages it cannot read. */
  claims(host: string): boolean;
  /** The manifest match patterns of those hosts. */
  hosts: readonly string[];
  /** Attributes whose change can change the signal, beyond the ones every page watches. */
  attributes: readonly string[];
};
