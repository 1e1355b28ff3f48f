import { useEffect, useMemo, useState } from 'react';
import { MESSAGE } from '@/lib/messaging';
import { setPanelTarget, type PanelTarget } from '@/lib/session/panel-target';
import { resolvePanelCustomer } from '@/lib/panel/resolve-customer';
import { watchPanelState, type PanelBrowserApi, type PanelState } from '@/lib/panel/tab-watch';
import { PanelEnvProvider, type PanelEnv } from './PanelEnv';
import { PanelView } from './PanelView';

/**
 * The side panel wired to the browser: follows the active tab of its window (or
 * the tab pinned with `?tabId=N`), its match in storage.session, and the seller's
 * PanelTarget, and shows the resulting customer without reloading.
 */
export function SidePanelApp({
  env,
  api,
  pinnedTabId,
}: {
  env: PanelEnv;
  api: PanelBrowserApi;
  pinnedTabId: number | null;
}) {
  const [state, setState] = useState<PanelState | null>(null);
  // Where storage.session is missing, a pick still works for this page.
  const [localTarget, setLocalTarget] = useState<PanelTarget | null>(null);

  useEffect(
    () => watchPanelState(api, { pinnedTabId, now: env.now }, setState),
    [api, pinnedTabId, env.now],
  );

  const subject = useMemo(() => {
    if (!state) return null;
    return resolvePanelCustomer(state.tabState, [...state.targets, localTarget], state);
  }, [state, localTarget]);

  async function pick(customerId: string) {
    // A pick is about the page the seller is looking at: it stays with that tab.
    const target: PanelTarget = {
      customerId,
      ...(state?.tabId != null ? { tabId: state.tabId } : {}),
      at: env.now(),
    };
    setLocalTarget(target);
    try {
      if (env.session) await setPanelTarget(env.session, target);
    } catch {
      // the local target already shows it
    }
  }

  async function learned(customerId: string) {
    await pick(customerId);
    if (state?.tabId != null) {
      try {
        await env.send({ type: MESSAGE.rematch, tabId: state.tabId });
      } catch {
        // no background listening (yet): the target shows the customer anyway
      }
    }
  }

  return (
    <PanelEnvProvider env={env}>
      {subject ? (
        <PanelView
          subject={subject}
          onPick={(id) => void pick(id)}
          onLearned={(id) => void learned(id)}
          tabId={state?.tabId ?? null}
        />
      ) : (
        <p className="muted loading" role="status">
          Loading…
        </p>
      )}
    </PanelEnvProvider>
  );
}
