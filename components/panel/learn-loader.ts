import type { LearnApi } from './PanelEnv';

/**
 * Loads lib/match/learn.ts (teaching the matcher) on first use, so the panel's
 * first paint does not pay for it. Null when the chunk cannot load (for
 * example after an update replaced the extension's files): the panel says so.
 */
export async function loadLearn(): Promise<LearnApi | null> {
  try {
    const learn: LearnApi = await import('@/lib/match/learn');
    return learn;
  } catch {
    return null;
  }
}
