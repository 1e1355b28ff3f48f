import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { Workspace } from '@/components/workspace/Workspace';
import { watchDataChanges } from '@/lib/messaging/data-changed';
import { getDb } from '@/lib/db';
import '@/components/theme.css';

const db = getDb();
// Every write made here (settings, templates, restore, CSV import, customers, the
// sample workspace) tells the background (badge, reminders): lib/data-changed.ts.
watchDataChanges({
  dbName: db.name,
  send: (message) => browser.runtime.sendMessage(message),
});

createRoot(document.getElementById('root')!).render(
  <Workspace
    env={{
      db,
      now: () => Date.now(),
      // `browser.scripting` appears only once granted: read it through the object, lazily
      hosts: browser,
      storage: navigator.storage ?? null,
    }}
  />,
);
