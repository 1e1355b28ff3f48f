import type { Candidate, Match } from '../match/types';
import type { PanelTarget } from '../panel-target';
import type { PageSignal } from '../recognize/signal';
import type { TabState } from '../tab-state';

/**
 * Which customer the side panel shows: the one the seller chose (a PanelTarget
 * set by the popup or the picker) when that choice is newer than what the active
 * tab last reported; otherwise the tab's match; otherwise nothing, with the
 * page's signal so the panel can offer "create from this page".
 */
export type PanelSubject =
  | {
      kind: 'customer';
      customerId: string;
      /** a meeting the seller asked for (from the popup), if any */
      meetingId?: string;
      source: 'target' | 'match';
      /** the tab's match, kept even when a target wins, for its reason and candidates */
      match: Match | null;
      signal: PageSignal | null;
    }
  | { kind: 'none'; signal: PageSignal | null };

export function resolvePanelCustomer(
  tabState: TabState | null,
  target: PanelTarget | null,
): PanelSubject {
  const signal = tabState?.signal ?? null;
  const match = tabState?.match ?? null;
  if (target && (!tabState || target.at > tabState.at)) {
    return {
      kind: 'customer',
      customerId: target.customerId,
      ...(target.meetingId ? { meetingId: target.meetingId } : {}),
      source: 'target',
      match,
      signal,
    };
  }
  if (match) {
    return { kind: 'customer', customerId: match.customerId, source: 'match', match, signal };
  }
  return { kind: 'none', signal };
}

/** How the shown customer was recognized, in words; null when the seller picked it. */
export function recognitionOf(subject: PanelSubject): Candidate | null {
  if (subject.kind !== 'customer' || !subject.match) return null;
  if (subject.match.customerId === subject.customerId) return subject.match;
  return subject.match.candidates.find((c) => c.customerId === subject.customerId) ?? null;
}

/** Other customers the page could be about (best first), without the one shown. */
export function alternativesOf(subject: PanelSubject): Candidate[] {
  if (subject.kind !== 'customer' || !subject.match) return [];
  const all = [subject.match, ...subject.match.candidates];
  const seen = new Set<string>([subject.customerId]);
  const out: Candidate[] = [];
  for (const c of all) {
    if (seen.has(c.customerId)) continue;
    seen.add(c.customerId);
    out.push({
      customerId: c.customerId,
      name: c.name,
      confidence: c.confidence,
      reason: c.reason,
      via: c.via,
      ...(c.contactId ? { contactId: c.contactId } : {}),
    });
  }
  return out;
}

/** `?tabId=N` pins the panel to one tab (tests, and the panel opened as a page). */
export function pinnedTabIdFrom(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}
