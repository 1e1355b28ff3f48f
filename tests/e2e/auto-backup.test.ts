import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTO_BACKUP_KEY } from '../../lib/session/keys';
import { CHROMIUM, copyOfBuild, extensionArgs } from './harness';

/**
 * The automatic backup in real headless Chromium. Playwright cannot click the
 * browser's permission prompt (headless Chromium shows it and waits: a click on
 * "Back up automatically" never resolves), so this test grants `downloads` the
 * way the browser does once the seller chose Allow: a copy of the build whose
 * manifest lists it as granted. Everything after that is the shipped code. The
 * downloads go to a temporary folder set as the profile's download directory
 * (CDP's Browser.setDownloadBehavior with a downloadPath would name every file
 * "download.json" itself, ignoring the extension's `filename`).
 */
let context: BrowserContext;
let worker: Worker;
let id: string;
let downloadsDir: string;
const cleanup: string[] = [];

async function grantedCopyOfBuild(): Promise<string> {
  const dir = await copyOfBuild((manifest) => {
    expect(manifest.optional_permissions).toContain('downloads');
    expect(manifest.permissions).not.toContain('downloads');
    manifest.permissions.push('downloads');
    manifest.optional_permissions = manifest.optional_permissions.filter(
      (p: string) => p !== 'downloads',
    );
  });
  cleanup.push(dir);
  return dir;
}

/** The backup files written so far, relative to the downloads folder. */
async function backupFiles(): Promise<string[]> {
  const inFolder = await readdir(join(downloadsDir, 'Callprep')).catch(() => [] as string[]);
  return inFolder.filter((f) => f.endsWith('.json')).sort();
}

async function waitForFiles(count: number): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const files = await backupFiles();
    if (files.length >= count) return files;
    if (Date.now() > deadline) throw new Error(`expected ${count} backup files, found ${files}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function openPage(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/${path}`);
  return page;
}

beforeAll(async () => {
  const extension = await grantedCopyOfBuild();
  const profile = await mkdtemp(join(tmpdir(), 'callprep-e2e-'));
  downloadsDir = await mkdtemp(join(tmpdir(), 'callprep-downloads-'));
  cleanup.push(profile, downloadsDir);
  await mkdir(join(profile, 'Default'));
  await writeFile(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ download: { default_directory: downloadsDir, prompt_for_download: false } }),
  );
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // Playwright's own download handling would take the files: the browser's default saves them.
    acceptDownloads: false,
    viewport: { width: 1280, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: extensionArgs(extension),
  });
  await context.route(/^https?:\/\//, (route) => route.abort());
  const blank = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(blank);
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  id = new URL(worker.url()).host;
});

afterAll(async () => {
  await context?.close();
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

describe('automatic backup', () => {
  it('is on once granted, and the worker writes the first file at start (a data: URL)', async () => {
    const page = await openPage('options.html#settings');
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'Back up automatically' }).isChecked())
      .toBe(true);
    const [first] = await waitForFiles(1);
    expect(first).toMatch(/^callprep-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const file = JSON.parse(await readFile(join(downloadsDir, 'Callprep', first!), 'utf8'));
    expect(file.format).toBe('callprep-backup');
    // recorded as the daily backup once the browser reports the file written
    await expect
      .poll(() =>
        worker.evaluate(
          (key) =>
            (globalThis as any).chrome.storage.local
              .get(key)
              .then(
                (r: Record<string, { lastSuccess?: { reason: string } }>) =>
                  r[key]?.lastSuccess?.reason,
              ),
          AUTO_BACKUP_KEY,
        ),
      )
      .toBe('daily');
    // a service worker has no URL.createObjectURL: the worker saved it from a data: URL
    const urls: string[] = await worker.evaluate(() =>
      (globalThis as any).chrome.downloads
        .search({})
        .then((items: { url: string }[]) => items.map((i) => i.url.slice(0, 29))),
    );
    expect(urls).toEqual(['data:application/json;base64,']);
    await page.close();
  });

  it('shows the last backup in the Data section, and a restore from the file round-trips', async () => {
    const welcome = await openPage('options.html#welcome');
    await welcome.getByRole('button', { name: /load sample workspace/i }).click();
    await welcome.getByText(/sample workspace is loaded/i).waitFor();
    await welcome.close();

    const data = await openPage('options.html#data');
    await expect.poll(() => data.getByText(/^Last backup: today \d/).count()).toBe(1);
    const before = await backupFiles();
    await data.getByRole('button', { name: 'Back up now' }).click();
    await data.getByText(/^Last backup: today .*\(made by you\)\.$/).waitFor();
    const after = await waitForFiles(before.length + 1);
    const written = after.find((f) => !before.includes(f))!;
    const path = join(downloadsDir, 'Callprep', written);
    const customers = JSON.parse(await readFile(path, 'utf8')).data.customers.map(
      (c: { name: string }) => c.name,
    );
    expect(customers.length).toBeGreaterThan(0);

    // Wipe: the customers go, then the file brings them back.
    await worker.evaluate(async () => {
      const open = indexedDB.open('callprep');
      const db: IDBDatabase = await new Promise((r) => (open.onsuccess = () => r(open.result)));
      const tx = db.transaction(['customers'], 'readwrite');
      tx.objectStore('customers').clear();
      await new Promise((r) => (tx.oncomplete = r));
      db.close();
    });
    await data.reload();
    await data.getByLabel('Restore from a backup file').setInputFiles(path);
    await data.getByRole('radio', { name: /Replace:/ }).check();
    const restoredFiles = (await backupFiles()).length;
    await data.getByRole('button', { name: /Replace everything|Restore the rest/ }).click();
    await data.getByText(/this browser now holds exactly the backup/).waitFor();
    // what was here before the restore went to a file first
    await waitForFiles(restoredFiles + 1);

    const names = await worker.evaluate(async () => {
      const open = indexedDB.open('callprep');
      const db: IDBDatabase = await new Promise((r) => (open.onsuccess = () => r(open.result)));
      const req = db.transaction(['customers']).objectStore('customers').getAll();
      const rows: { name: string }[] = await new Promise(
        (r) => (req.onsuccess = () => r(req.result)),
      );
      db.close();
      return rows.map((c) => c.name);
    });
    expect(names.sort()).toEqual([...customers].sort());
    await data.close();
  });

  it('keeps the last seven files in the folder, removing only its own', async () => {
    const mine = join(downloadsDir, 'Callprep', 'my-notes.json');
    await writeFile(mine, '{}'); // the seller's own file in the same folder
    const data = await openPage('options.html#data');
    for (let i = 0; i < 8; i++) {
      const before = (await backupFiles()).join();
      await data.getByRole('button', { name: 'Back up now' }).click();
      await data.getByRole('button', { name: 'Back up now' }).waitFor();
      await expect.poll(async () => (await backupFiles()).join()).not.toBe(before);
    }
    const files = await backupFiles();
    expect(files.filter((f) => f.startsWith('callprep-backup-'))).toHaveLength(7);
    expect(files).toContain('my-notes.json');
    await data.close();
  });
});
