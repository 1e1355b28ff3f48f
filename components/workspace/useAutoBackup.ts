import { useCallback, useEffect, useState } from 'react';
import { readAutoBackupState, type AutoBackupState } from '@/lib/backup/state';
import type { AutoBackupPageApi } from '@/lib/backup/toggle';
import { DOWNLOADS_PERMISSION } from '@/lib/backup/write';
import { AUTO_BACKUP_KEY } from '@/lib/session/keys';
import { useWorkspaceEnv } from './env';

/**
 * The automatic backup's state and permission as this page sees them, read
 * again whenever the worker or another page writes the state (storage.onChanged)
 * and on `refresh()`. Null until read, and where the browser has no such API.
 */
export function useAutoBackup(): {
  api: AutoBackupPageApi | null;
  state: AutoBackupState | null;
  granted: boolean;
  refresh: () => void;
} {
  const { backup } = useWorkspaceEnv();
  const api = backup ?? null;
  const [state, setState] = useState<AutoBackupState | null>(null);
  const [granted, setGranted] = useState(false);

  const refresh = useCallback(() => {
    if (!api) return;
    void Promise.all([
      readAutoBackupState(api.storage.local),
      api.permissions.contains(DOWNLOADS_PERMISSION).catch(() => false),
    ]).then(([s, g]) => (setState(s), setGranted(g)));
  }, [api]);

  useEffect(() => {
    refresh();
    const events = api?.storage.onChanged;
    if (!events) return;
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && AUTO_BACKUP_KEY in changes) refresh();
    };
    events.addListener(onChanged);
    return () => events.removeListener(onChanged);
  }, [api, refresh]);

  return { api, state, granted, refresh };
}
