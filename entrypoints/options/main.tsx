import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { Workspace } from '@/components/workspace/Workspace';
import { watchDataChanges } from '@/lib/messaging/data-changed';
import { getDb } from '@/lib/db';
import { askPersistenceOnFirstRealWrite } from '@/lib/backup/persistence';
import '@/components/theme.css';

const db = getDb();
// Every write made here (settings, templates, restore, CSV import, customers, the
// sample workspace) tells the background (badge, reminders): lib/data-changed.ts.
watchDataChanges({
  dbName: db.name,
  send: (message) => browser.runtime.sendMessage(message),
});

// The first customer of the seller's own asks the browser to keep the data (lib/backup/persistence.ts).
askPersistenceOnFirstRealWrite({
  db,
  storage: navigator.storage ?? null,
  local: browser.storage.local,
});

createRoot(document.getElementById('root')!).render(
  <Workspace
    env={{
      db,
      now: () => Date.now(),
      // `browser.scripting` appears only once granted: read it through the object, lazily
      hosts: browser,
      storage: navigator.storage ?? null,
      // `browser.downloads` appears only once granted: read through the object, lazily
      backup: browser,
    }}
  />,
);
