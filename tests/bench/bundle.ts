/**
 * Bundles lib/ code into one IIFE script that exposes its exports on a global,
 * for injecting into a real page with `page.evaluate(code)`.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { importGlob } from './import-glob';

const cache = new Map<string, string>();

export async function bundleIife(entry: string, globalName: string): Promise<string> {
  const key = `${entry}#${globalName}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const out = await build({
    entryPoints: [resolve(entry)],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    // the same code the extension ships: production React/Dexie branches
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.DEV': 'false' },
    tsconfig: resolve('tsconfig.json'),
    logLevel: 'silent',
    plugins: [importGlob()],
    // page.evaluate may wrap the script in a function: make the global explicit
    footer: { js: `globalThis.${globalName} = ${globalName};` },
  });
  const code = out.outputFiles[0]!.text;
  cache.set(key, code);
  return code;
}
