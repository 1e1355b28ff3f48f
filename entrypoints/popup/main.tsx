import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/popup/Popup';
import { PopupEnvProvider } from '@/components/popup/env';
import { createPopupEnv } from '@/components/popup/browser-env';
import { startFirstRead } from '@/components/popup/first-read';
import { loadPopupData } from '@/components/popup/load-popup';
import { watchDataChanges } from '@/lib/messaging/data-changed';
import '@/components/theme.css';

const env = createPopupEnv();
// Before React starts: the database opens and the list is read while React renders.
const firstRead = startFirstRead(() => loadPopupData(env.db, env.now()));
// Every write made here tells the background (badge, reminders): lib/data-changed.ts.
watchDataChanges({ dbName: env.db.name, send: env.send });

createRoot(document.getElementById('root')!).render(
  <PopupEnvProvider env={env}>
    <Popup firstRead={firstRead} />
  </PopupEnvProvider>,
);
