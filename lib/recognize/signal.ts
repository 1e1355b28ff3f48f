/**
 * What the content script reports about the page the seller is looking at.
 * Plain data only: it crosses from the page's world to the background, which
 * validates it with zod (lib/messaging.ts) before trusting any of it.
 */
export type Site =
  | 'gmail'
  | 'outlook'
  | 'gcalendar'
  | 'salesforce'
  | 'hubspot'
  | 'pipedrive'
  | 'dynamics'
  | 'zoho'
  | 'linkedin'
  | 'generic';

export type View = 'record' | 'thread' | 'compose' | 'event' | 'profile' | 'list' | 'other';

export type PersonRole = 'from' | 'to' | 'cc' | 'attendee' | 'subject';

export type SignalPerson = { name?: string; email?: string; role: PersonRole };

export type PageSignal = {
  site: Site;
  view: View;
  url: string;
  /** e.g. { system: 'salesforce', type: 'Account', id: '001…' (18 chars) } */
  record?: { system: string; type: string; id: string };
  people: SignalPerson[];
  /** the organisation the page is about, if shown */
  company?: string;
  /** mail subject, event title or record display name */
  title?: string;
  /**
   * ISO times of a calendar event, when shown: wall-clock times as the page shows them
   * (no offset) unless the page gives one. `zone` is the time zone the page shows them
   * in, as it writes it ("(UTC+01:00) Amsterdam, Berlin, …"): an optional extension of
   * the DESIGN.md contract, resolved to an instant by `eventFromSignal`.
   */
  when?: { start: string; end?: string; zone?: string };
  /**
   * The organisation's own web domain, where its record shows it (a CRM account's
   * Website, a company's domain name): a host without scheme or "www.", lower case.
   * An optional extension of the DESIGN.md contract; readers that see none leave it out.
   */
  domain?: string;
};

export const SITES: readonly Site[] = [
  'gmail',
  'outlook',
  'gcalendar',
  'salesforce',
  'hubspot',
  'pipedrive',
  'dynamics',
  'zoho',
  'linkedin',
  'generic',
];
