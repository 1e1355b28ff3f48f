import { createPageEnv, type BaseEnv, type SendMessage } from '@/components/env/page-env';
import { MESSAGE } from '@/lib/messaging';
import type { PanelTarget } from '@/lib/session/panel-target';
import type { TabState } from '@/lib/session/tab-state';

/**
 * What the popup needs from the world, passed in (components/popup/browser-env.ts
 * builds the real one) so tests use their own database, clock and spies.
 */
export type PopupEnv = BaseEnv & {
  /** tells the background that meetings or promises changed (badge, reminders) */
  send: SendMessage;
  /** what the active tab shows and which customer it matched, if anything */
  loadTabState: () => Promise<TabState | null>;
  /**
   * Opens the side panel on a customer/meeting, or (null) on whatever the active
   * tab shows. Call it synchronously from a click handler: Chrome's
   * sidePanel.open() needs the user gesture.
   */
  openPanel: (target: PanelTarget | null) => Promise<unknown>;
  /** a workspace (options page) URL, e.g. workspaceUrl('#welcome') */
  workspaceUrl: (hash: string) => string;
};

export const {
  Provider: PopupEnvProvider,
  useEnv: usePopupEnv,
  useNow: usePopupNow,
} = createPageEnv<PopupEnv>('Popup');

/** After a write: tell the background, never failing the write over it. */
export function notifyChanged(env: Pick<PopupEnv, 'send'>): void {
  env.send({ type: MESSAGE.dataChanged }).catch(() => {});
}
