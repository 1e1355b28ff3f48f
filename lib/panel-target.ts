import { z } from 'zod';
import type { SessionArea } from './tab-state';

/**
 * A customer the seller chose to look at in the side panel (from the popup, a
 * reminder or the picker), which wins over the active tab's match until the tab
 * shows another page. Kept in storage.session: it is per browser session, never
 * synced and never written to disk by us.
 */
export type PanelTarget = { customerId: string; meetingId?: string; at: number };

const KEY = 'panel:target';
const schema = z.object({
  customerId: z.string().min(1),
  meetingId: z.string().optional(),
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
