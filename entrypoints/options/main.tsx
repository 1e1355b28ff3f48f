import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { Workspace } from '@/components/workspace/Workspace';
import type { CustomHostsApi } from '@/lib/custom-hosts';
import { getDb } from '@/lib/db';
import { MESSAGE } from '@/lib/messaging';
import '@/components/theme.css';

createRoot(document.getElementById('root')!).render(
  <Workspace
    env={{
      db: getDb(),
      now: () => Date.now(),
      // `browser.scripting` appears only once granted: read it through the object, lazily
      hosts: browser as unknown as CustomHostsApi,
      storage: navigator.storage ?? null,
      notifyChanged: () => {
        browser.runtime.sendMessage({ type: MESSAGE.dataChanged }).catch(() => {});
      },
    }}
  />,
);
