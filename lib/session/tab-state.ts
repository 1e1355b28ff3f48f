import { z } from 'zod';
import { tabStateKey } from '../messaging';
import { pageSignalSchema } from '../messaging/schema';
import type { PageSignal } from '../recognize/signal';
import type { Match } from '../match/types';

/**
 * What the background knows about one tab: the page it shows and the customer it
 * matched. Kept in browser.storage.session so it survives the MV3 service worker
 * being stopped, and read by the side panel and popup.
 */
export type TabState = { signal: PageSignal | null; match: Match | null; at: number };

const candidateSchema = z.object({
  customerId: z.string(),
  name: z.string(),
  confidence: z.number().min(0).max(1),
  reason: z.string(),
  via: z.enum(['crm', 'email', 'domain', 'company', 'fuzzy', 'manual']),
  contactId: z.string().optional(),
});

export const tabStateSchema = z.object({
  signal: pageSignalSchema.nullable(),
  match: candidateSchema
    .extend({ candidates: z.array(candidateSchema), ambiguous: z.boolean() })
    .nullable(),
  at: z.number(),
});

/** Minimal storage area shape, so tests can pass fakeBrowser.storage.session. */
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
  return parsed.success ? (parsed.data as TabState) : null;
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
