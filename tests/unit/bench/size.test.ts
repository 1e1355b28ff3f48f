import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureBundles, measureSize, scriptsOfPage } from '../../bench/size';

describe('bench sizes', () => {
  it('reads the scripts an extension page loads, entry and preloads, without duplicates', () => {
    const html = `<script type="module" crossorigin src="/chunks/sidepanel-1.js"></script>
      <link rel="modulepreload" crossorigin href="/chunks/theme-2.js">
      <link rel="stylesheet" crossorigin href="/assets/theme.css">
      <link rel="modulepreload" crossorigin href="/chunks/theme-2.js">`;
    expect(scriptsOfPage(html)).toEqual(['chunks/sidepanel-1.js', 'chunks/theme-2.js']);
  });

  it('holds each content script to the budget on its own', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bench-size-'));
    await mkdir(join(dir, 'content-scripts'));
    await writeFile(join(dir, 'content-scripts', 'mail.js'), 'x'.repeat(10 * 1024));
    await writeFile(join(dir, 'content-scripts', 'crm.js'), 'y'.repeat(16 * 1024));
    const rows = await measureSize(dir);
    expect(rows.map((r) => [r.name, r.value, r.pass])).toEqual([
      ['content script crm.js', 16, false],
      ['content script mail.js', 10, true],
    ]);
  });

  it('reports page bundles and says when there is no build', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bench-size-'));
    await mkdir(join(dir, 'chunks'));
    await writeFile(join(dir, 'chunks', 'popup.js'), 'a'.repeat(2048));
    await writeFile(join(dir, 'popup.html'), '<script type="module" src="/chunks/popup.js">');
    const rows = await measureBundles(dir);
    const popup = rows.find((r) => r.name === 'popup page JavaScript')!;
    expect(popup.value).toBe(2);
    expect(rows.find((r) => r.name === 'options page JavaScript')!.value).toBeNull();
    expect((await measureSize(dir))[0]!.note).toMatch(/not built yet/);
  });
});
