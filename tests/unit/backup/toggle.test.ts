import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CallprepDB } from '@/lib/db/schema';
import { readAutoBackupState } from '@/lib/backup/state';
import {
  isAutoBackupOn,
  PERMISSION_REFUSED,
  turnAutoBackupOff,
  turnAutoBackupOn,
  type AutoBackupPageApi,
} from '@/lib/backup/toggle';
import { local } from '../clock';
import { fakeDownloads } from './fake-downloads';

let db: CallprepDB;
let granted: boolean;
let answer: boolean;
let calls: string[];

/** browser.permissions with a prompt that answers `answer`; `downloads` appears once granted. */
function fakeApi(): AutoBackupPageApi {
  const downloads = fakeDownloads();
  return {
    get downloads() {
      return granted ? downloads : undefined;
    },
    storage: { local: fakeBrowser.storage.local },
    permissions: {
      request: (p) => {
        calls.push(`request ${p.permissions}`);
        granted = answer;
        return Promise.resolve(answer);
      },
      remove: async (p) => {
        calls.push(`remove ${p.permissions}`);
        granted = false;
        return true;
      },
      contains: async () => granted,
    },
  };
}

beforeEach(() => {
  db = new CallprepDB(`toggle-${crypto.randomUUID()}`);
  granted = false;
  answer = true;
  calls = [];
});
const env = () => ({ db, now: () => local(2026, 12, 3, 9, 12), sleep: async () => {} });

describe('the automatic backup switch', () => {
  it('asks for the downloads permission at once, inside the click, before anything awaits', () => {
    const api = fakeApi();
    void turnAutoBackupOn(api, env());
    // synchronously: the user gesture is gone after the first await
    expect(calls).toEqual(['request downloads']);
  });

  it('once granted it is on, and the first backup is written', async () => {
    const api = fakeApi();
    const result = await turnAutoBackupOn(api, env());
    expect(result).toEqual({
      on: true,
      first: { ok: true, filename: 'Callprep/callprep-backup-2026-12-03-0912.json' },
    });
    expect(await isAutoBackupOn(api)).toBe(true);
  });

  it('is on by default once the permission is granted (granted in the browser’s own settings)', async () => {
    granted = true;
    expect(await isAutoBackupOn(fakeApi())).toBe(true);
  });

  it('says so in words when the seller refuses', async () => {
    answer = false;
    const api = fakeApi();
    expect(await turnAutoBackupOn(api, env())).toEqual({ on: false, error: PERMISSION_REFUSED });
    expect(await isAutoBackupOn(api)).toBe(false);
  });

  it('says so when the browser cannot ask at all', async () => {
    const api = fakeApi();
    api.permissions.request = () => {
      throw new Error('This function must be called during a user gesture');
    };
    const result = await turnAutoBackupOn(api, env());
    expect(result.on).toBe(false);
    expect(!result.on && result.error).toContain('during a user gesture');
  });

  it('turning it off gives the permission back and stays off', async () => {
    const api = fakeApi();
    await turnAutoBackupOn(api, env());
    await turnAutoBackupOff(api);
    expect(calls).toEqual(['request downloads', 'remove downloads']);
    expect((await readAutoBackupState(fakeBrowser.storage.local)).enabled).toBe(false);
    granted = true; // granted again outside Callprep: still off, as the seller chose
    expect(await isAutoBackupOn(api)).toBe(false);
  });
});
