import type { PageSignal, Site } from './signal';

/** One site's recognizer: which hosts it claims and how it reads them. */
export type Recognizer = {
  site: Site;
  /** True for every host this site owns, even on pages it cannot read. */
  claims(host: string): boolean;
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
