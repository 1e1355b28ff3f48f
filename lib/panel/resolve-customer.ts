import type { Candidate, Match } from '../match/types';
import type { PanelTarget } from '../session/panel-target';
import type { PageSignal } from '../recognize/signal';
import type { TabState } from '../session/tab-state';

/**
 * Which customer the side panel shows: the one the seller chose (a PanelTarget
 * set by the popup or the picker) while that choice still applies to the tab
 * the panel follows (see `targetApplies`); otherwise the tab's match; otherwise
 * nothing, with the page's signal so the panel can offer "create from this page".
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

/**
 * The tab the panel follows, as the panel saw it: which tab, and when (on the
 * panel's clock, the one PanelTarget.at and TabState.at use) the seller switched
 * to it or it navigated while the panel watched. Null times: it has been the
 * panel's tab, on the same page, since the panel opened.
 */
export type PanelTab = {
  tabId: number | null;
  activatedAt: number | null;
  navigatedAt: number | null;
};

/**
 * A choice of the seller applies while nothing newer happened to the tab:
 * - made on a tab (`target.tabId`): on that tab only, until it shows another
 *   page (a newer report, or a navigation); switching away and back keeps it;
 * - made elsewhere (popup, reminder: no tabId): on the active tab until the
 *   seller switches tabs or the tab shows another page.
 * Without `tab` (callers that know no tab) only the tab's last report counts.
 */
export function targetApplies(
  target: PanelTarget,
  tabState: TabState | null,
  tab?: PanelTab,
): boolean {
  if (tabState && tabState.at >= target.at) return false;
  if (!tab) return true;
  if (tab.navigatedAt !== null && tab.navigatedAt >= target.at) return false;
  if (target.tabId !== undefined) return target.tabId === tab.tabId;
  return tab.activatedAt === null || tab.activatedAt < target.at;
}

/** The newest of the seller's choices that applies (see `targetApplies`) wins over the tab's match. */
export function resolvePanelCustomer(
  tabState: TabState | null,
  targets: PanelTarget | readonly (PanelTarget | null)[] | null,
  tab?: PanelTab,
): PanelSubject {
  const signal = tabState?.signal ?? null;
  const match = tabState?.match ?? null;
  const target = (Array.isArray(targets) ? targets : [targets])
    .filter((t): t is PanelTarget => !!t && targetApplies(t, tabState, tab))
    .reduce<PanelTarget | null>((newest, t) => (newest && newest.at >= t.at ? newest : t), null);
  if (target) {
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
