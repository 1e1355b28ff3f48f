import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * Loads the built Firefox extension into real headless Firefox ESR, driven by
 * puppeteer-core over WebDriver BiDi (DESIGN.md's toolchain facts). Build first:
 * `npm run test:e2e` builds both targets.
 */
export const FIREFOX_EXTENSION_DIR = resolve(process.env.CALLPREP_OUT ?? '.output', 'firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'callprep@callprep.app';

export type FirefoxExtension = {
  browser: Browser;
  /** the moz-extension:// host, fixed here so pages can be opened by URL */
  uuid: string;
  openPage(path: string): Promise<Page>;
  close(): Promise<void>;
};

export async function launchFirefoxExtension(): Promise<FirefoxExtension> {
  const profile = await mkdtemp(join(tmpdir(), 'callprep-ff-'));
  const uuid = crypto.randomUUID();
  // Automation may open moz-extension:// pages only with this set.
  process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS = '1';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Nothing may reach the network: no update checks, no telemetry, no captive portal.
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    uuid,
    async openPage(path) {
      const page = await browser.newPage();
      await gotoExtensionPage(page, `moz-extension://${uuid}/${path}`);
      return page;
    },
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Firefox 153 over BiDi loads a moz-extension:// page but never reports the
 * navigation as finished, so `goto` would time out: start it, then wait for the
 * page itself.
 */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url, { timeout: 0 }).catch(() => {});
  // Polled by hand: an evaluation that lands while the old document is torn down fails
  // with a protocol error, which only means "not yet".
  const deadline = Date.now() + 15_000;
  for (;;) {
    const loaded = await page
      .evaluate((u) => location.href === u && document.readyState === 'complete', url)
      .catch(() => false);
    if (loaded) return;
    if (Date.now() > deadline) throw new Error(`Firefox never finished loading ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Serves a saved page at its real https URL and refuses every other web request,
 * so the test needs no network and makes none.
 */
export async function serveOnly(page: Page, url: string, file: string): Promise<void> {
  const body = await readFile(file, 'utf8');
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (!/^https?:/.test(request.url())) return void request.continue();
    if (request.url() === url)
      return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    return void request.abort();
  });
}
