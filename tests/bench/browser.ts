/**
 * Real headless Chromium for the benchmarks: the built extension through the e2e
 * harness (tests/e2e/harness.ts), and a twin profile without it for side-by-side
 * host-page costs. CALLPREP_OUT must be set before the harness is first imported.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extension } from '../e2e/harness';

/** CALLPREP_OUT picks another folder (helpers sharing a tree each build their own). */
export const BENCH_OUT = process.env.CALLPREP_OUT ?? '.output-bench';

async function harness() {
  process.env.CALLPREP_OUT ??= BENCH_OUT;
  return import('../e2e/harness');
}

export async function extensionDir(): Promise<string> {
  return (await harness()).EXTENSION_DIR;
}

export async function launchWithExtension(): Promise<Extension> {
  return (await harness()).launchExtension();
}

export type Plain = { context: BrowserContext; close(): Promise<void> };

/**
 * The same browser and flags as the harness, without the extension; or, with
 * `emptyContentScriptOn`, with an extension whose only content script is empty
 * and runs on those pages: the floor any extension costs a host page.
 */
export async function launchPlain(emptyContentScriptOn?: string[]): Promise<Plain> {
  const { CHROMIUM } = await harness();
  const profile = await mkdtemp(join(tmpdir(), 'callprep-bench-'));
  const ext = emptyContentScriptOn ? join(profile, 'empty-extension') : undefined;
  if (ext && emptyContentScriptOn) {
    await mkdir(ext);
    await writeFile(join(ext, 'empty.js'), '// nothing: the cost of being injected\n');
    const manifest = {
      manifest_version: 3,
      name: 'Empty content script',
      version: '1.0',
      content_scripts: [
        { matches: emptyContentScriptOn, js: ['empty.js'], run_at: 'document_idle' },
      ],
    };
    await writeFile(join(ext, 'manifest.json'), JSON.stringify(manifest));
  }
  const context = await chromium.launchPersistentContext(join(profile, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: 'light',
    viewport: { width: 1280, height: 800 },
    ...(ext ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
    args: [
      ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  await context.route(/^https?:\/\//, (route) => route.abort());
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Serves HTML at a real URL. `isolated` adds COOP/COEP so the page is
 * cross-origin isolated and performance.now() ticks in 5 µs instead of 100 µs.
 */
export async function serve(
  context: BrowserContext,
  url: string,
  body: string,
  options: { isolated?: boolean } = {},
): Promise<void> {
  const { origin, pathname } = new URL(url);
  const headers: Record<string, string> = options.isolated
    ? {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      }
    : {};
  await context.route(
    (u) => u.origin === origin && u.pathname === pathname,
    (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body }),
  );
}
