/** 1. Bytes of the built content script(s), raw and gzip. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { result, skipped, type Result } from './report';

const KB = 1024;

export async function measureSize(extensionDir: string): Promise<Result[]> {
  const dir = join(extensionDir, 'content-scripts');
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.js'));
  } catch {
    files = [];
  }
  if (files.length === 0) {
    return [skipped('content script size', 'KB', 15, `no ${dir}/*.js: not built yet`)];
  }
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const bytes = await readFile(join(dir, f));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  const which = files.join(' + ');
  return [
    result('content script size (raw)', raw / KB, 'KB', 15, `${which}, ${raw} B`),
    result('content script size (gzip)', gz / KB, 'KB', null, `zlib level 9, ${gz} B`),
  ];
}
