import { z } from '../zod';
import type { GlobalBadge } from '../background/readiness-badge';
import { pageSignalSchema } from '../messaging/schema';
import type { PanelTarget } from './panel-target';
import type { TabState } from './tab-state';
import type { AutoBackupState } from '../backup/state';

/**
 * Every key Callprep keeps in `browser.storage.session`, in one place: how each
 * is built, how it is recognized when read back from a listing or a change
 * event, and the zod schema of what it holds (storage is a trust boundary too).
 * Nothing else spells a key out: code and tests, e2e included, import these.
 * storage.local holds only what is this browser's and not the seller's data (which
 * lives in Dexie): the automatic backup's state.
 *
 * | key                     | holds       | written by                  |
 * | ----------------------- | ----------- | --------------------------- |
 * | `tab:<id>`              | TabState    | background (handle-message) |
 * | `badge:global`          | GlobalBadge | background (readiness-badge)|
 * | `panel:target`          | PanelTarget | popup, reminder click       |
 * | `panel:target:tab:<id>` | PanelTarget | side panel's picker         |
 * | `backup:auto` (local)   | AutoBackupState | lib/backup (worker, workspace) |
 */

const TAB_STATE_PREFIX = 'tab:';
export const GLOBAL_BADGE_KEY = 'badge:global';
export const PANEL_TARGET_KEY = 'panel:target';
const TAB_TARGET_PREFIX = `${PANEL_TARGET_KEY}:tab:`;
/** In `storage.local`: the automatic backup's switch, its files and its last result. */
export const AUTO_BACKUP_KEY = 'backup:auto';

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

// ---------------------------------------------------------------- drafts (pages' localStorage)

/*
 * Text typed and not yet saved lives in the extension pages' own localStorage
 * (one origin: popup, side panel and workspace share it), not in storage.session:
 * it is written synchronously on every keystroke, so a popup that Chrome closes on
 * a click outside loses nothing, and read synchronously when the form opens again,
 * so the form never shows empty first. It is cleared on save or cancel.
 */
const DRAFT_PREFIX = 'callprep:';

/** The live note being typed for a customer (and meeting). */
export function noteDraftKey(customerId: string, meetingId: string | null): string {
  return `${DRAFT_PREFIX}note-draft:${customerId}:${meetingId ?? '-'}`;
}

/** A meeting's agenda typed in the side panel. */
export function agendaDraftKey(meetingId: string): string {
  return `${DRAFT_PREFIX}agenda-draft:${meetingId}`;
}

/** A meeting's follow-up email being edited (popup and side panel alike), until sent or discarded. */
export function followUpDraftKey(meetingId: string): string {
  return `${DRAFT_PREFIX}followup-draft:${meetingId}`;
}

/**
 * A form's unsaved values: `add-meeting` (one), `edit-meeting` per meeting,
 * `goal` per customer and goal (`new` for the add form), `promise` per customer.
 */
export function formDraftKey(
  form: 'add-meeting' | 'edit-meeting' | 'goal' | 'promise',
  ...ids: string[]
): string {
  return [`${DRAFT_PREFIX}form-draft:${form}`, ...ids].join(':');
}

/** What a form draft holds: the values typed and, for an edit form, the record they started from. */
export function formDraftSchema<T extends z.ZodType>(values: T) {
  return z.object({ base: values.nullable(), values });
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
  documentId: z.string().max(200).optional(),
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

const backupReasonSchema = z.enum(['daily', 'restore', 'import', 'upgrade', 'manual']);

export const autoBackupStateSchema = z.object({
  enabled: z.boolean(),
  files: z
    .array(
      z.object({
        downloadId: z.number().int().nonnegative(),
        filename: z.string().min(1).max(500),
        at: z.number(),
      }),
    )
    .max(100),
  lastSuccess: z
    .object({ at: z.number(), filename: z.string().max(500), reason: backupReasonSchema })
    .nullable(),
  lastFailure: z
    .object({ at: z.number(), error: z.string().max(2000), reason: backupReasonSchema })
    .nullable(),
  persistAsked: z.boolean(),
}) satisfies z.ZodType<AutoBackupState>;
