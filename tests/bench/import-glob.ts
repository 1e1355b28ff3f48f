/**
 * An esbuild plugin for the forms of Vite's `import.meta.glob` lib/ uses:
 * `import.meta.glob<T>('./dir/pattern', { eager: true })`, optionally with
 * `import: 'name'` and a `*` for a folder (lib/recognize/index.ts globs every
 * site folder), expanded into static imports, so the bench bundles the same
 * module graph the extension build does (esbuild itself leaves
 * `import.meta.glob` undefined in an IIFE).
 */
import type { Plugin } from 'esbuild';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';

const EAGER_GLOB =
  /import\.meta\.glob(?:<[^>(]*>)?\(\s*(['"])([^'"]+)\1\s*,\s*\{\s*eager:\s*true\s*(?:,\s*import:\s*(['"])(\w+)\3\s*)?,?\s*\}\s*\)/g;

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${source}$`);
}

/** The files a relative pattern matches, as the import specifiers Vite would use. */
function expand(fromDir: string, pattern: string): string[] {
  if (!pattern.startsWith('./') && !pattern.startsWith('../')) {
    throw new Error(`import-glob: only relative patterns are supported, not ${pattern}`);
  }
  const dir = posix.dirname(pattern);
  if (/[?[]|\*\*/.test(dir)) throw new Error(`import-glob: only * in folders (${pattern})`);
  const name = patternToRegExp(posix.basename(pattern));
  // `*` folders: every subfolder that matches, then the files in each.
  const dirs = dir.split('/').reduce<string[]>(
    (found, segment) =>
      segment.includes('*')
        ? found.flatMap((d) =>
            readdirSync(join(fromDir, d), { withFileTypes: true })
              .filter((e) => e.isDirectory() && patternToRegExp(segment).test(e.name))
              .map((e) => `${d}/${e.name}`),
          )
        : found.map((d) => (d ? `${d}/${segment}` : segment)),
    [''],
  );
  return dirs
    .flatMap((d) =>
      readdirSync(join(fromDir, d))
        .filter((file) => name.test(file))
        .map((file) => `${d}/${file}`),
    )
    .sort();
}

export function importGlob(): Plugin {
  return {
    name: 'import-glob',
    setup(build) {
      build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.glob')) return undefined;
        const imports: string[] = [];
        const contents = source.replace(EAGER_GLOB, (...m: string[]) => {
          const [, , pattern, , named] = m as [string, string, string, string?, string?];
          const entries = expand(dirname(args.path), pattern).map((specifier) => {
            const local = `__glob_${imports.length}`;
            const what = named ? `{ ${named} as ${local} }` : `* as ${local}`;
            imports.push(`import ${what} from ${JSON.stringify(specifier)};`);
            return `${JSON.stringify(specifier)}: ${local}`;
          });
          return `{ ${entries.join(', ')} }`;
        });
        if (contents.includes('import.meta.glob')) {
          throw new Error(
            `import-glob: ${args.path} uses a form of import.meta.glob not supported`,
          );
        }
        return {
          contents: `${imports.join('\n')}\n${contents}`,
          loader: args.path.endsWith('x') ? 'tsx' : 'ts',
        };
      });
    },
  };
}
