import { z } from 'zod';
import type { GlobalBadge } from '../background/readiness-badge';
import { pageSignalSchema } from '../messaging/schema';
import type { PanelTarget } from './panel-target';
import type { TabState } from './tab-state';

/**
 * Every key Callprep keeps in `browser.storage.session`, in one place: how each
 * is built, how it is recognized when read back from a listing or a change
 * event, and the zod schema of what it holds (storage is a trust boundary too).
 * Nothing else spells a key out: code and tests, e2e included, import these.
 * storage.local holds nothing (the seller's data lives in Dexie), so it has no keys.
 *
 * | key                     | holds       | written by                  |
 * | ----------------------- | ----------- | --------------------------- |
 * | `tab:<id>`              | TabState    | background (handle-message) |
 * | `badge:global`          | GlobalBadge | background (readiness-badge)|
 * | `panel:target`          | PanelTarget | popup, reminder click       |
 * | `panel:target:tab:<id>` | PanelTarget | side panel's picker         |
 */

const TAB_STATE_PREFIX = 'tab:';
export const GLOBAL_BADGE_KEY = 'badge:global';
export const PANEL_TARGET_KEY = 'panel:target';
const TAB_TARGET_PREFIX = `${PANEL_TARGET_KEY}:tab:`;

/** A tab id written into a key, or null when `text` is not one (so `tab:07` is nobody's key). */
function tabIdIn(text: string): number | null {
  return /^(0|[1-9]\d*)$/.test(text) ? Number(text) : null;
}

/** What the background knows about tab `tabId`: its recognized page and match. */
export function tabStateKey(tabId: number): string {
  return `${TAB_STATE_PREFIX}${tabId}`;
}

/** The tab a `tab:<id>` key is about, or null for any other key. */
export function parseTabStateKey(key: string): number | null {
  return key.startsWith(TAB_STATE_PREFIX) ? tabIdIn(key.slice(TAB_STATE_PREFIX.length)) : null;
}

/**
 * Where a PanelTarget is kept: a pick made on a tab under that tab's own key, so
 * a pick on another tab (or from the popup) never replaces it; the popup's and
 * a reminder's (no tab) under `panel:target`.
 */
export function panelTargetKey(tabId?: number): string {
  return tabId === undefined ? PANEL_TARGET_KEY : `${TAB_TARGET_PREFIX}${tabId}`;
}

/**
 * What a PanelTarget key is about: `{ tabId: null }` for the popup's and
 * reminders' target, `{ tabId }` for a tab's pick, null for any other key.
 */
export function parsePanelTargetKey(key: string): { tabId: number | null } | null {
  if (key === PANEL_TARGET_KEY) return { tabId: null };
  if (!key.startsWith(TAB_TARGET_PREFIX)) return null;
  const tabId = tabIdIn(key.slice(TAB_TARGET_PREFIX.length));
  return tabId === null ? null : { tabId };
}

export function isPanelTargetKey(key: string): boolean {
  return parsePanelTargetKey(key) !== null;
}

// ---------------------------------------------------------------- what the keys hold

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
}) satisfies z.ZodType<TabState>;

export const panelTargetSchema = z.object({
  customerId: z.string().min(1),
  meetingId: z.string().optional(),
  tabId: z.number().int().nonnegative().optional(),
  at: z.number(),
}) satisfies z.ZodType<PanelTarget>;

export const globalBadgeSchema = z.object({
  kind: z.enum(['overdue', 'meeting', 'none']),
  text: z.string(),
  color: z.string(),
  title: z.string(),
  meetingId: z.string().optional(),
}) satisfies z.ZodType<GlobalBadge>;
