import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/popup/Popup';
import { PopupEnvProvider } from '@/components/popup/env';
import { createPopupEnv } from '@/components/popup/browser-env';
import { watchDataChanges } from '@/lib/messaging/data-changed';
import '@/components/theme.css';

const env = createPopupEnv();
// Every write made here tells the background (badge, reminders): lib/data-changed.ts.
watchDataChanges({ dbName: env.db.name, send: env.send });

createRoot(document.getElementById('root')!).render(
  <PopupEnvProvider env={env}>
    <Popup />
  </PopupEnvProvider>,
);
