import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  INITIAL_AUTO_BACKUP_STATE,
  readAutoBackupState,
  updateAutoBackupState,
} from '@/lib/backup/state';
import { AUTO_BACKUP_KEY } from '@/lib/session/keys';

describe('the stored automatic backup state', () => {
  it('starts on, with nothing written', async () => {
    expect(await readAutoBackupState(fakeBrowser.storage.local)).toEqual(INITIAL_AUTO_BACKUP_STATE);
  });

  it('is validated when read back: a damaged one is not trusted (no file ids to remove)', async () => {
    const damaged = {
      ...INITIAL_AUTO_BACKUP_STATE,
      files: [{ downloadId: -1, filename: '', at: 0 }],
    };
    await fakeBrowser.storage.local.set({ [AUTO_BACKUP_KEY]: damaged });
    expect(await readAutoBackupState(fakeBrowser.storage.local)).toEqual(INITIAL_AUTO_BACKUP_STATE);
    await fakeBrowser.storage.local.set({ [AUTO_BACKUP_KEY]: 'on' });
    expect((await readAutoBackupState(fakeBrowser.storage.local)).files).toEqual([]);
  });

  it('keeps what an update wrote', async () => {
    await updateAutoBackupState(fakeBrowser.storage.local, (s) => ({ ...s, enabled: false }));
    expect((await readAutoBackupState(fakeBrowser.storage.local)).enabled).toBe(false);
  });
});
