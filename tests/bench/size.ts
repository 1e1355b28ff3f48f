/**
 * 1. Bytes of each built content script, raw and gzip. The budget holds per
 * script: a tab only ever loads the one script for its site family (mail,
 * calendar, CRM, or the generic one for a custom host), so that is its cost.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { result, skipped, type Result } from './report';

const KB = 1024;
const BUDGET_KB = 15;

export async function measureSize(extensionDir: string): Promise<Result[]> {
  const dir = join(extensionDir, 'content-scripts');
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.js')).sort();
  } catch {
    files = [];
  }
  if (files.length === 0) {
    return [skipped('content script size', 'KB', BUDGET_KB, `no ${dir}/*.js: not built yet`)];
  }
  const out: Result[] = [];
  for (const f of files) {
    const bytes = await readFile(join(dir, f));
    const gz = gzipSync(bytes, { level: 9 }).length;
    out.push(
      result(
        `content script ${f}`,
        bytes.length / KB,
        'KB',
        BUDGET_KB,
        `${bytes.length} B raw, ${(gz / KB).toFixed(1)} KB gzip (zlib level 9)`,
      ),
    );
  }
  return out;
}

/** Every script an extension page loads (its entry and module preloads), in document order. */
export function scriptsOfPage(html: string): string[] {
  const refs = [
    ...html.matchAll(/<script[^>]*\ssrc="\/?([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  return [...new Set(refs)];
}

/** The JavaScript each page and the background costs to load, raw and gzip; reported, no budget. */
export async function measureBundles(extensionDir: string): Promise<Result[]> {
  const out: Result[] = [];
  const add = async (name: string, files: string[]) => {
    let raw = 0;
    let gz = 0;
    for (const f of files) {
      const bytes = await readFile(join(extensionDir, f));
      raw += bytes.length;
      gz += gzipSync(bytes, { level: 9 }).length;
    }
    out.push(
      result(name, raw / KB, 'KB', null, `${(gz / KB).toFixed(0)} KB gzip, ${files.length} files`),
    );
  };
  for (const page of ['popup', 'sidepanel', 'options']) {
    try {
      await add(
        `${page} page JavaScript`,
        scriptsOfPage(await readFile(join(extensionDir, `${page}.html`), 'utf8')),
      );
    } catch {
      out.push(skipped(`${page} page JavaScript`, 'KB', null, `no ${page}.html: not built yet`));
    }
  }
  try {
    await add('background JavaScript', ['background.js']);
  } catch {
    out.push(skipped('background JavaScript', 'KB', null, 'no background.js: not built yet'));
  }
  return out;
}
