/** How a page was tied to a customer, strongest first. */
export type MatchVia = 'crm' | 'email' | 'domain' | 'company' | 'fuzzy' | 'manual';

export type Candidate = {
  customerId: string;
  name: string;
  /** 0..1 */
  confidence: number;
  /** in words, e.g. "email domain acme.com" */
  reason: string;
  via: MatchVia;
  contactId?: string;
};

/** The best customer for a page, with why, and the runners-up to switch to. */
export type Match = Candidate & {
  /** other customers the page could be about, best first */
  candidates: Candidate[];
  /** true when two candidates are equally strong: shown as a choice, not a guess */
  ambiguous: boolean;
};
