import type { LearnApi } from './PanelEnv';

/**
 * Loads lib/match/learn.ts (teaching the matcher) on first use, so the panel's
 * first paint does not pay for it. Resolved through Vite's glob import so that
 * the panel still builds while that module is being written; returns null then.
 */
const modules = import.meta.glob<Partial<LearnApi>>('../../lib/match/learn.ts');

export async function loadLearn(): Promise<LearnApi | null> {
  const load = Object.values(modules)[0];
  if (!load) return null;
  const mod = await load();
  if (typeof mod.linkPageToCustomer !== 'function') return null;
  if (typeof mod.createCustomerFromSignal !== 'function') return null;
  return mod as LearnApi;
}
