import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseTabStateKey } from '../../lib/session/keys';

/**
 * Loads the built extension into real headless Chromium. Build first
 * (`npm run test:e2e` does); CALLPREP_OUT picks another build folder.
 */
export const EXTENSION_DIR = resolve(process.env.CALLPREP_OUT ?? '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIXTURES = resolve('tests/fixtures/pages');
export const ARTIFACTS = resolve('test-results');
const DOC_SHOTS = resolve('docs/screenshots');

export type Extension = {
  context: BrowserContext;
  id: string;
  worker: Worker;
  /** opens an extension page (e.g. 'popup.html') in a new tab */
  openPage(path: string, options?: { width?: number; height?: number }): Promise<Page>;
  close(): Promise<void>;
};

/** Chromium's command line that loads the build in `dir` and nothing else, off the network. */
export function extensionArgs(dir: string): string[] {
  return [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

/**
 * A copy of the build whose manifest `edit` changes, in a temporary folder the
 * caller removes: how a test grants a permission the way Allow does, since
 * Playwright cannot click the browser's permission prompt (headless Chromium waits on it).
 */
export async function copyOfBuild(edit: (manifest: Record<string, any>) => void): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'callprep-ext-'));
  await cp(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  edit(manifest);
  await writeFile(manifestPath, JSON.stringify(manifest));
  return dir;
}

export async function launchExtension(
  options: { colorScheme?: 'light' | 'dark'; extensionDir?: string } = {},
): Promise<Extension> {
  const profile = await mkdtemp(join(tmpdir(), 'callprep-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: extensionArgs(options.extensionDir ?? EXTENSION_DIR),
  });
  // Nothing may reach the network: every request not routed by a test fails.
  await context.route(/^https?:\/\//, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // The id depends on the build path: read it, never hard-code it.
  const id = new URL(worker.url()).host;
  return {
    context,
    id,
    worker,
    async openPage(path, size) {
      const page = await context.newPage();
      if (size)
        await page.setViewportSize({ width: size.width ?? 400, height: size.height ?? 700 });
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Serves a saved fixture page at its real URL (no network needed). */
export async function serveFixture(
  context: BrowserContext,
  url: string,
  fixture: string,
): Promise<void> {
  const body = await readFile(join(FIXTURES, fixture), 'utf8');
  const { origin, pathname } = new URL(url);
  await context.route(
    (u) => u.origin === origin && u.pathname === pathname,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
}

/** Serves literal HTML at a URL. */
export async function serveHtml(context: BrowserContext, url: string, body: string): Promise<void> {
  const { origin, pathname } = new URL(url);
  await context.route(
    (u) => u.origin === origin && u.pathname === pathname,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
}

/**
 * The id of the tab showing `page`, once the content script has reported it: the
 * background keeps one tab-state entry per recognized tab in storage.session
 * (lib/session/keys.ts), read here and parsed on this side.
 */
export async function tabIdOf(ext: Extension, page: Page, timeoutMs = 15_000): Promise<number> {
  const url = page.url();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const all: Record<string, { signal?: { url?: string } } | undefined> =
      await ext.worker.evaluate(() => (globalThis as any).chrome.storage.session.get(null));
    const id = Object.entries(all)
      .filter(([, state]) => state?.signal?.url === url)
      .map(([key]) => parseTabStateKey(key))
      .find((tabId) => tabId !== null);
    if (id !== undefined && id !== null) return id;
    if (Date.now() > deadline) throw new Error(`the extension never recognized ${url}`);
    await page.waitForTimeout(100);
  }
}

/** The side panel's size in the browser. */
export const PANEL_SIZE = { width: 360, height: 800 };

/**
 * Opens `url` in a new tab (serving `html` there first, when given) and waits
 * until the extension has recognized it.
 */
export async function visitTab(
  ext: Extension,
  url: string,
  html?: string,
): Promise<{ page: Page; tabId: number }> {
  if (html !== undefined) await serveHtml(ext.context, url, html);
  const page = await ext.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdOf(ext, page) };
}

/** The side panel of one tab, once it shows its heading (a customer, or that there is none). */
export async function openPanelFor(ext: Extension, tabId: number): Promise<Page> {
  const panel = await ext.openPage(`sidepanel.html?tabId=${tabId}`, PANEL_SIZE);
  await panel.getByRole('heading', { level: 1 }).first().waitFor();
  return panel;
}

/** Clicks "Load sample workspace" on the welcome page and waits for it to finish. */
export async function loadSampleWorkspace(ext: Extension): Promise<void> {
  const page = await ext.openPage('options.html#welcome');
  await page.getByRole('button', { name: /load sample workspace/i }).click();
  await page.getByText(/sample workspace is loaded/i).waitFor();
  await page.close();
}

/**
 * Saves a screenshot as a test artifact in test-results/. With
 * UPDATE_SCREENSHOTS=1 (`npm run screenshots`) it also refreshes the README's
 * copy in docs/screenshots/, so a plain test run leaves the tree clean.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    await mkdir(DOC_SHOTS, { recursive: true });
    await copyFile(path, join(DOC_SHOTS, `${name}.png`));
  }
  return path;
}

/** Every row of one table, read straight from the extension's IndexedDB through an extension page. */
export function storedRows<T = Record<string, any>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((done, fail) => {
        const open = indexedDB.open('callprep');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            done(req.result as T[]);
            open.result.close();
          };
          req.onerror = () => fail(req.error);
        };
      }),
    table,
  );
}
