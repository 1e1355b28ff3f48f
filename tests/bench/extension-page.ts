/** An extension page to run bundled code in the extension origin (its IndexedDB). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Extension } from '../e2e/harness';

/** Any built page will do; the bench only borrows its origin. */
export const HOST_PAGES = ['popup.html', 'options.html', 'sidepanel.html'];

export async function openExtensionPage(
  ext: Extension,
  extensionDir: string,
  code: string,
): Promise<Page> {
  const path = HOST_PAGES.find((p) => existsSync(join(extensionDir, p)));
  if (!path) throw new Error('no extension page is built');
  const page = await ext.openPage(path);
  await page.waitForLoadState('load');
  // CDP evaluation is not subject to the page's CSP (no 'unsafe-eval' needed).
  await page.evaluate(code);
  return page;
}
