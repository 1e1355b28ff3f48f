import type { CallprepDB } from '../db/schema';
import { onInstalled } from './install';

/** The parts of `browser` the first-run and shortcut listeners use. */
export type ShellBrowser = {
  runtime: {
    getURL(path: string): string;
    onInstalled: { addListener(cb: (details: { reason: string }) => void): void };
  };
  tabs: { create(props: { url: string }): Promise<unknown> };
  commands?: {
    onCommand: { addListener(cb: (command: string, tab?: { windowId?: number }) => void): void };
  };
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
};

/**
 * First run (templates, welcome page) and the keyboard shortcut that opens the
 * side panel. Firefox opens its sidebar through the built-in
 * `_execute_sidebar_action` command, so only Chrome needs the handler.
 */
export function installShell(b: ShellBrowser, getDb: () => CallprepDB): void {
  b.runtime.onInstalled.addListener((details) => {
    onInstalled(details, { db: getDb(), tabs: b.tabs, runtime: b.runtime }).catch((e) =>
      console.error('Callprep: first-run setup failed', e),
    );
  });
  b.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'open-side-panel' || !b.sidePanel || tab?.windowId === undefined) return;
    // Called synchronously in the shortcut's handler: that is the user gesture it needs.
    b.sidePanel
      .open({ windowId: tab.windowId })
      .catch((e) => console.error('Callprep: side panel', e));
  });
}
