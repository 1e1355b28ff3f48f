import { PANEL_TARGET_KEY, panelTargetKey, panelTargetSchema } from './keys';
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
 * Its keys: lib/session/keys.ts.
 */
export type PanelTarget = { customerId: string; meetingId?: string; tabId?: number; at: number };

export async function setPanelTarget(area: SessionArea, target: PanelTarget): Promise<void> {
  await area.set({ [panelTargetKey(target.tabId)]: target });
}

/** The target from the popup or a reminder (no tab), or null. */
export async function readPanelTarget(area: SessionArea): Promise<PanelTarget | null> {
  return (await readPanelTargets(area, null))[0] ?? null;
}

/** The targets that may apply to `tabId`: the one from the popup or a reminder, and that tab's pick. */
export async function readPanelTargets(
  area: SessionArea,
  tabId: number | null,
): Promise<PanelTarget[]> {
  const keys = tabId === null ? [PANEL_TARGET_KEY] : [PANEL_TARGET_KEY, panelTargetKey(tabId)];
  const stored = await Promise.all(keys.map(async (k) => (await area.get(k))[k]));
  return stored.flatMap((raw) => {
    const parsed = panelTargetSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Forgets the target from the popup or a reminder; picks made on tabs stay with their tabs. */
export async function clearPanelTarget(area: SessionArea): Promise<void> {
  await area.remove(PANEL_TARGET_KEY);
}

/** A closed tab's pick: nothing can show it any more. */
export async function forgetTabTarget(area: SessionArea, tabId: number): Promise<void> {
  await area.remove(panelTargetKey(tabId));
}
