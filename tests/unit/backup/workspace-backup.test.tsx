import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DataSection } from '@/components/workspace/DataSection';
import { SettingsSection } from '@/components/workspace/SettingsSection';
import { updateAutoBackupState } from '@/lib/backup/state';
import type { AutoBackupPageApi } from '@/lib/backup/toggle';
import { freshDb } from '../db/helpers';
import { renderWithEnv } from '../workspace/render';
import { fakeDownloads } from './fake-downloads';

/** browser as the workspace sees it: a permission prompt answering `answer`. */
function fakeApi(answer: boolean, granted = false) {
  const downloads = fakeDownloads();
  const api: AutoBackupPageApi = {
    get downloads() {
      return granted ? downloads : undefined;
    },
    storage: { local: fakeBrowser.storage.local, onChanged: fakeBrowser.storage.onChanged },
    permissions: {
      request: async () => (granted = answer),
      remove: async () => !(granted = false),
      contains: async () => granted,
    },
  };
  return { api, downloads };
}

// renderWithEnv's clock: 2026-11-23 09:00 UTC
const NOW = Date.UTC(2026, 10, 23, 9, 0);
const time = (ms: number) =>
  new Date(ms).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });

describe('the automatic backup in the workspace', () => {
  it('Settings: turning it on asks, writes the first file, and says where it went', async () => {
    const { api, downloads } = fakeApi(true);
    renderWithEnv(<SettingsSection />, freshDb(), { backup: api });
    const user = userEvent.setup();
    const box = await screen.findByRole('checkbox', { name: 'Back up automatically' });
    await waitFor(() => expect(box).toBeEnabled());
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(
      await screen.findByText(/^On\. The first backup is in your Downloads folder/),
    ).toBeVisible();
    expect(box).toBeChecked();
    expect(downloads.items).toHaveLength(1);
  });

  it('Settings: a refusal is said in words and it stays off', async () => {
    const { api } = fakeApi(false);
    renderWithEnv(<SettingsSection />, freshDb(), { backup: api });
    const user = userEvent.setup();
    const box = await screen.findByRole('checkbox', { name: 'Back up automatically' });
    await waitFor(() => expect(box).toBeEnabled());
    await user.click(box);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Automatic backup stays off: the browser was not allowed/,
    );
    expect(box).not.toBeChecked();
  });

  it('Data: shows “Last backup: today 09:12”, and follows a backup written elsewhere', async () => {
    const { api } = fakeApi(true, true);
    renderWithEnv(<DataSection />, freshDb(), { backup: api });
    expect(await screen.findByText('No automatic backup has been written yet.')).toBeVisible();
    const at = NOW - 3 * 60_000;
    // the worker writes the state; the page hears of it through storage.onChanged
    await updateAutoBackupState(fakeBrowser.storage.local, (s) => ({
      ...s,
      lastSuccess: { at, filename: 'Callprep/x.json', reason: 'daily' },
    }));
    expect(await screen.findByText(`Last backup: today ${time(at)}.`)).toBeVisible();
  });

  it('Data: “Back up now” writes a file and the status says so', async () => {
    const { api, downloads } = fakeApi(true, true);
    renderWithEnv(<DataSection />, freshDb(), { backup: api });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Back up now' }));
    expect(await screen.findByText(`Last backup: today ${time(NOW)} (made by you).`)).toBeVisible();
    expect(downloads.items.map((d) => d.filename)).toHaveLength(1);
  });

  it('Data: warns in words where storage is not persistent', async () => {
    const storage = {
      persisted: async () => false,
      persist: async () => false,
      estimate: async () => ({}),
    };
    renderWithEnv(<DataSection />, freshDb(), { storage });
    expect(
      await screen.findByText(/The browser may clear Callprep’s data when the disk runs low/),
    ).toBeVisible();
  });
});
