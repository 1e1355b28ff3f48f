import { z } from 'zod';
import type { SessionArea } from './tab-state';

/**
 * A customer the seller chose to look at in the side panel (from the popup, a
 * reminder or the picker). Kept in storage.session: it is per browser session,
 * never synced and never written to disk by us.
 *
 * With a `tabId` (a pick made in the panel while it followed that tab) it
 * applies to that tab only, until the tab shows another page. Without one (the
 * popup, a reminder) it applies to whatever tab is active until the seller
 * switches tabs or the tab shows another page (lib/panel/resolve-customer.ts).
 */
export type PanelTarget = { customerId: string; meetingId?: string; tabId?: number; at: number };

const KEY = 'panel:target';
const schema = z.object({
  customerId: z.string().min(1),
  meetingId: z.string().optional(),
  tabId: z.number().int().nonnegative().optional(),
  at: z.number(),
});

export async function setPanelTarget(area: SessionArea, target: PanelTarget): Promise<void> {
  await area.set({ [KEY]: target });
}

export async function readPanelTarget(area: SessionArea): Promise<PanelTarget | null> {
  const parsed = schema.safeParse((await area.get(KEY))[KEY]);
  return parsed.success ? parsed.data : null;
}

export async function clearPanelTarget(area: SessionArea): Promise<void> {
  await area.remove(KEY);
}

export const PANEL_TARGET_KEY = KEY;
