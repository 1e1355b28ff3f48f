/**
 * 3. One recognition, timed inside real Chromium on every saved site fixture (at
 * its real URL) and on a generated 5,000-element Gmail page. The recognizers are
 * bundled from lib/recognize/index.ts; pages are served cross-origin isolated so
 * performance.now() has 5 µs resolution.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchPlain, serve } from './browser';
import { bundleIife } from './bundle';
import { GMAIL_THREAD_URL, gmailPage } from './generate';
import { median, percentile, result, skipped, type Result } from './report';

const FIXTURES = 'tests/fixtures/pages';
const GLOBAL = 'CallprepRecognize';

export type RecognitionOptions = { runs: number; log(s: string): void };

type Timing = { times: number[]; site: string | null; isolated: boolean; elements: number };

/** The URL a fixture's expected signal says it was saved from. */
export function fixtureUrl(json: unknown): string | undefined {
  if (!json || typeof json !== 'object') return undefined;
  const o = json as Record<string, unknown>;
  for (const v of [o.url, (o.signal as any)?.url, (o.expected as any)?.url, (o.page as any)?.url]) {
    if (typeof v === 'string' && /^https?:\/\//.test(v)) return v;
  }
  return undefined;
}

function expectedSite(json: unknown): string | undefined {
  const o = (json ?? {}) as Record<string, any>;
  const s = o.site ?? o.signal?.site ?? o.expected?.site;
  return typeof s === 'string' ? s : undefined;
}

async function timeIn(
  context: BrowserContext,
  url: string,
  html: string,
  code: string,
  runs: number,
): Promise<Timing> {
  await serve(context, url, html, { isolated: true });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(code);
    return await page.evaluate(
      ([name, n]) => {
        const r = (globalThis as any)[name] as { recognizePage(d: Document, u: string): any };
        const href = location.href;
        for (let i = 0; i < 20; i++) r.recognizePage(document, href); // warm up the JIT
        const times: number[] = [];
        let site: string | null = null;
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          const signal = r.recognizePage(document, href);
          times.push(performance.now() - t0);
          site = signal?.site ?? null;
        }
        return {
          times,
          site,
          isolated: globalThis.crossOriginIsolated === true,
          elements: document.getElementsByTagName('*').length,
        };
      },
      [GLOBAL, runs] as const,
    );
  } finally {
    await page.close();
  }
}

export async function measureRecognition(opts: RecognitionOptions): Promise<Result[]> {
  let code: string;
  try {
    code = await bundleIife('lib/recognize/index.ts', GLOBAL);
  } catch (e) {
    return [
      skipped('recognition', 'ms', 2, `lib/recognize does not bundle: ${String(e).slice(0, 120)}`),
    ];
  }
  const files = (await readdir(FIXTURES).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.html'))
    .sort();
  const plain = await launchPlain();
  const out: Result[] = [];
  try {
    for (const f of files) {
      const name = f.replace(/\.html$/, '');
      const json = await readFile(join(FIXTURES, `${name}.json`), 'utf8')
        .then((t) => JSON.parse(t) as unknown)
        .catch(() => undefined);
      const url = fixtureUrl(json);
      if (!url) {
        out.push(skipped(`recognition: ${name}`, 'ms', 2, 'no URL in the .json beside it'));
        continue;
      }
      const html = await readFile(join(FIXTURES, f), 'utf8');
      const t = await timeIn(plain.context, url, html, code, opts.runs);
      const want = expectedSite(json);
      const odd = want && t.site !== want ? `; recognized as ${t.site}, expected ${want}` : '';
      opts.log(`  recognition ${name}: ${median(t.times).toFixed(3)} ms`);
      out.push(
        result(
          `recognition: ${name}`,
          median(t.times),
          'ms',
          2,
          `p95 ${percentile(t.times, 95).toFixed(3)} ms, ${t.elements} elements${odd}`,
        ),
      );
    }
    if (files.length === 0)
      out.push(
        skipped('recognition: site fixtures', 'ms', 2, 'no tests/fixtures/pages/*.html yet'),
      );
    const big = gmailPage(5000);
    const t = await timeIn(plain.context, GMAIL_THREAD_URL, big.html, code, opts.runs);
    opts.log(`  recognition 5,000-element Gmail: ${median(t.times).toFixed(3)} ms`);
    out.push(
      result(
        'recognition: 5,000-element Gmail thread',
        median(t.times),
        'ms',
        2,
        `p95 ${percentile(t.times, 95).toFixed(3)} ms, ${t.elements} elements, site ${t.site}; ` +
          `${opts.runs} runs each, timer ${t.isolated ? '5 µs (cross-origin isolated)' : '100 µs'}`,
      ),
    );
  } finally {
    await plain.close();
  }
  return out;
}
