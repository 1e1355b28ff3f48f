import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { SidePanelApp } from '@/components/panel/SidePanelApp';
import { loadLearn } from '@/components/panel/learn-loader';
import { TAB_MESSAGE } from '@/lib/messaging';
import { watchDataChanges } from '@/lib/messaging/data-changed';
import { getDb } from '@/lib/db';
import { askPersistenceOnFirstRealWrite } from '@/lib/backup/persistence';
import { pinnedTabIdFrom } from '@/lib/panel/resolve-customer';
import '@/components/theme.css';

const env = {
  db: getDb(),
  now: () => Date.now(),
  loadLearn,
  send: (message: unknown) => browser.runtime.sendMessage(message),
  session: browser.storage.session,
  welcomeUrl: `${browser.runtime.getURL('/options.html')}#welcome`,
  // The top frame speaks for the page (a frame inside it may run a content script too).
  readPage: (tabId: number) =>
    browser.tabs.sendMessage(tabId, { type: TAB_MESSAGE.pageStructure }, { frameId: 0 }),
};

// Opened now, while React starts and the panel asks which tab it shows: the first reads
// then find the database open instead of opening it after React's first commit.
env.db.open().catch(() => {});
// Every write made here tells the background (badge, reminders): lib/data-changed.ts.
watchDataChanges({ dbName: env.db.name, send: env.send });
// A customer created from a page may be the seller's first: lib/backup/persistence.ts.
askPersistenceOnFirstRealWrite({
  db: env.db,
  storage: navigator.storage ?? null,
  local: browser.storage.local,
});

createRoot(document.getElementById('root')!).render(
  <SidePanelApp env={env} api={browser} pinnedTabId={pinnedTabIdFrom(location.search)} />,
);
