import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/popup/Popup';
import { PopupEnvProvider } from '@/components/popup/env';
import { createPopupEnv } from '@/components/popup/browser-env';
import '@/components/theme.css';

createRoot(document.getElementById('root')!).render(
  <PopupEnvProvider env={createPopupEnv()}>
    <Popup />
  </PopupEnvProvider>,
);
