import type { LearnApi } from './PanelEnv';

/**
 * Loads lib/match/learn.ts (teaching the matcher) on first use, so the panel's
 * first paint does not pay for it. Null when the chunk cannot load (for
 * example after an update replaced the extension's files): the panel says so.
 */
/** What the seller can do when that happens. */
export const LEARN_UNAVAILABLE =
  'Callprep was updated while this panel was open: close and reopen the side panel, then try again';

export async function loadLearn(): Promise<LearnApi | null> {
  try {
    const learn: LearnApi = await import('@/lib/match/learn');
    return learn;
  } catch {
    return null;
  }
}
