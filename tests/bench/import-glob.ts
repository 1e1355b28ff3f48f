/**
 * An esbuild plugin for the one form of Vite's `import.meta.glob` lib/ uses:
 * `import.meta.glob<T>('./dir/pattern', { eager: true })`, expanded into static
 * imports, so the bench bundles the same module graph the extension build
 * does (esbuild itself leaves `import.meta.glob` undefined in an IIFE).
 */
import type { Plugin } from 'esbuild';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';

const EAGER_GLOB =
  /import\.meta\.glob(?:<[^>(]*>)?\(\s*(['"])([^'"]+)\1\s*,\s*\{\s*eager:\s*true\s*,?\s*\}\s*\)/g;

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
  if (/[*?[]/.test(dir)) throw new Error(`import-glob: no wildcards in folders (${pattern})`);
  const name = patternToRegExp(posix.basename(pattern));
  return readdirSync(join(fromDir, dir))
    .filter((file) => name.test(file))
    .sort()
    .map((file) => `${dir}/${file}`);
}

export function importGlob(): Plugin {
  return {
    name: 'import-glob',
    setup(build) {
      build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.glob')) return undefined;
        const imports: string[] = [];
        const contents = source.replace(EAGER_GLOB, (_, _quote, pattern: string) => {
          const entries = expand(dirname(args.path), pattern).map((specifier) => {
            const local = `__glob_${imports.length}`;
            imports.push(`import * as ${local} from ${JSON.stringify(specifier)};`);
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
