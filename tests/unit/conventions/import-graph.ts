/**
 * The project's import graph, read from the source text: static imports and
 * re-exports, dynamic `import()`, and Vite's `import.meta.glob` (expanded against
 * the files on disk). Type-only imports are kept apart, because they never reach
 * a bundle but still say which layer leans on which.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');

export type Edge = {
  /** a project file (relative to the root) or a bare package name */
  to: string;
  typeOnly: boolean;
};

const SOURCE = /\.(ts|tsx)$/;
const SKIP_DIRS = new Set(['node_modules', '.git', '.wxt', 'test-results', 'fixtures']);

/** Every .ts/.tsx file under a folder, relative to the root. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const name of readdirSync(abs)) {
      if (SKIP_DIRS.has(name) || name.startsWith('.output')) continue;
      const path = join(abs, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(name)) out.push(relative(ROOT, path));
    }
  };
  walk(resolve(ROOT, dir));
  return out.sort();
}

function resolveFile(base: string): string | undefined {
  for (const suffix of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    const path = base + suffix;
    if (existsSync(path) && statSync(path).isFile()) return relative(ROOT, path);
  }
  return undefined;
}

function absoluteOf(from: string, spec: string): string | undefined {
  if (spec.startsWith('@/')) return resolve(ROOT, spec.slice(2));
  if (spec.startsWith('.')) return resolve(ROOT, dirname(from), spec);
  return undefined;
}

/** `./*\/*.ts`, `@/lib/sites/crm/*.ts`, `{a,b}`: the glob syntax our code uses. */
function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
      if (pattern[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',') re += '|';
    else re += c.replace(/[.+?^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

// The tree and each file's imports are read once per test run: the closures below visit
// the same files from every entry point.
let everyFile: string[] | undefined;
const allSourceFiles = () => (everyFile ??= sourceFiles('.'));
const importCache = new Map<string, Edge[]>();

function expandGlob(from: string, patterns: string[]): string[] {
  const include: RegExp[] = [];
  const exclude: RegExp[] = [];
  for (const p of patterns) {
    const negated = p.startsWith('!');
    const abs = absoluteOf(from, negated ? p.slice(1) : p);
    if (!abs) continue;
    (negated ? exclude : include).push(globToRegExp(relative(ROOT, abs)));
  }
  return allSourceFiles().filter(
    (f) => include.some((r) => r.test(f)) && !exclude.some((r) => r.test(f)),
  );
}

const IMPORT =
  /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const GLOB = /import\.meta\.glob(?:<[^>]*>)?\(\s*(\[[^\]]*\]|['"][^'"]+['"])/g;

/** What one file imports. */
export function importsOf(file: string): Edge[] {
  let edges = importCache.get(file);
  if (!edges) importCache.set(file, (edges = readImports(file)));
  return edges;
}

function readImports(file: string): Edge[] {
  const text = readFileSync(resolve(ROOT, file), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  const edges: Edge[] = [];
  const add = (spec: string, typeOnly: boolean) => {
    const abs = absoluteOf(file, spec);
    if (!abs) {
      edges.push({ to: spec.startsWith('node:') ? spec : packageName(spec), typeOnly });
      return;
    }
    const target = resolveFile(abs);
    if (target) edges.push({ to: target, typeOnly });
  };
  for (const m of text.matchAll(IMPORT)) {
    // `import { type A, type B } from 'x'` (no default, every name a type) is type-only too.
    const names = /^\s*(?:import|export)\s+\{([^}]*)\}\s+from/.exec(m[0].trimStart())?.[1];
    const allTypes =
      names !== undefined &&
      names
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .every((s) => s.startsWith('type '));
    add(m[3]!, !!m[2] || allTypes);
  }
  for (const m of text.matchAll(DYNAMIC)) add(m[1]!, false);
  for (const m of text.matchAll(GLOB)) {
    const patterns = [...m[1]!.matchAll(/['"]([^'"]+)['"]/g)].map((p) => p[1]!);
    for (const target of expandGlob(file, patterns)) edges.push({ to: target, typeOnly: false });
  }
  return edges;
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * Every module a file reaches, following runtime imports only (what a bundler
 * would include), with one import chain per module to explain a violation.
 */
export function runtimeClosure(entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    const chain = chains.get(file)!;
    for (const edge of importsOf(file)) {
      if (edge.typeOnly || chains.has(edge.to)) continue;
      chains.set(edge.to, [...chain, edge.to]);
      if (SOURCE.test(edge.to)) queue.push(edge.to);
    }
  }
  return chains;
}
