import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Page content is untrusted: a customer name or mail subject could carry HTML.
 * Nothing in Callprep's own code may turn a string into markup, so this test
 * forbids the APIs that do, everywhere we ship code.
 */
const SHIPPED = ['entrypoints', 'components', 'lib'];
const FORBIDDEN = [
  /\.innerHTML\b/,
  /\.outerHTML\b/,
  /\binsertAdjacentHTML\b/,
  /\bdocument\.write(ln)?\b/,
  /\bdangerouslySetInnerHTML\b/,
  /\bcreateContextualFragment\b/,
  /\bnew Function\b/,
  /\beval\(/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|html)$/.test(name) ? [path] : [];
  });
}

describe('no string ever becomes HTML', () => {
  const files = SHIPPED.flatMap(sourceFiles);

  it('finds the code base', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(FORBIDDEN.map((pattern) => [String(pattern), pattern] as const))(
    'no shipped file uses %s',
    (_name, pattern) => {
      const offenders = files.filter((file) => pattern.test(readFileSync(file, 'utf8')));
      expect(offenders.map((f) => relative('.', f))).toEqual([]);
    },
  );
});
