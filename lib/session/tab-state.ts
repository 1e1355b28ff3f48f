import type { PageSignal } from '../recognize/signal';
import type { Match } from '../match/types';
import { tabStateKey, tabStateSchema } from './keys';

/**
 * What the background knows about one tab: the page it shows and the customer it
 * matched. Kept in browser.storage.session so it survives the MV3 service worker
 * being stopped, and read by the side panel and popup.
 */
export type TabState = {
  signal: PageSignal | null;
  match: Match | null;
  at: number;
  /**
   * The document whose content script reported (Chrome's `sender.documentId`):
   * an in-app navigation keeps it, so the state is kept while it is alive.
   */
  documentId?: string;
};

/**
 * The calls made on `browser.storage.session`: WXT's `browser` and the tests'
 * `fakeBrowser` both pass as they are (lib/background/browser-types.ts says why
 * this is a structural slice, not a `Pick<>` of either one's own type).
 */
export type SessionArea = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
};

export async function readTabState(area: SessionArea, tabId: number): Promise<TabState | null> {
  const key = tabStateKey(tabId);
  const raw = (await area.get(key))[key];
  if (raw === undefined) return null;
  // Storage is a trust boundary too: a malformed entry reads as "nothing known".
  const parsed = tabStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function writeTabState(
  area: SessionArea,
  tabId: number,
  state: TabState,
): Promise<void> {
  await area.set({ [tabStateKey(tabId)]: state });
}

export async function clearTabState(area: SessionArea, tabId: number): Promise<void> {
  await area.remove(tabStateKey(tabId));
}
