/**
 * The layers DESIGN.md agrees on, checked on the import graph instead of by a
 * reviewer's eye:
 * - a content script bundles no React, Dexie or zod (it runs in every CRM and
 *   mail tab, and the background validates what it sends);
 * - a recognizer reads the DOM it is given and nothing else: no database, no UI;
 * - lib/ (the data core) never leans on the UI, not even for a type.
 */
import { describe, expect, it } from 'vitest';
import { importsOf, runtimeClosure, sourceFiles } from './import-graph';

const CONTENT_SCRIPT_FORBIDDEN = ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zod'];
const UI = (to: string) =>
  to.startsWith('components/') ||
  to.startsWith('entrypoints/') ||
  ['react', 'react-dom', 'dexie-react-hooks', '@tanstack/react-virtual'].includes(to);

const contentScripts = sourceFiles('entrypoints').filter((f) =>
  /(^|\/)(content|[\w-]+\.content)(\/index)?\.ts$/.test(f),
);

describe('import boundaries', () => {
  it('finds the content scripts and what they import', () => {
    expect(contentScripts).toContain('entrypoints/content.ts');
    expect(contentScripts.length).toBeGreaterThanOrEqual(4);
    // The graph follows imports: the mail script reaches the Gmail recognizer.
    expect([...runtimeClosure('entrypoints/mail.content.ts').keys()]).toContain(
      'lib/recognize/gmail.ts',
    );
  });

  it.each(contentScripts)('%s bundles no React, Dexie or zod', (entry) => {
    const reached = runtimeClosure(entry);
    const bad = CONTENT_SCRIPT_FORBIDDEN.filter((pkg) => reached.has(pkg)).map((pkg) =>
      reached.get(pkg)!.join(' → '),
    );
    expect(bad, 'import chain from the content script to a forbidden package').toEqual([]);
  });

  it('recognizers and site descriptors import neither the database nor the UI', () => {
    const bad: string[] = [];
    // Site descriptors (lib/sites/<script>/<site>.ts) carry recognizers into content scripts.
    const descriptors = sourceFiles('lib/sites').filter((f) => f.split('/').length > 3);
    for (const file of [...sourceFiles('lib/recognize'), ...descriptors]) {
      for (const [to, chain] of runtimeClosure(file)) {
        if (to.startsWith('lib/db/') || to === 'dexie' || to === 'zod' || UI(to))
          bad.push(chain.join(' → '));
      }
      for (const edge of importsOf(file))
        if (edge.typeOnly && (edge.to.startsWith('lib/db/') || UI(edge.to)))
          bad.push(`${file} → ${edge.to} (type)`);
    }
    expect([...new Set(bad)]).toEqual([]);
  });

  it('lib/ never imports the UI, not even a type', () => {
    const bad = sourceFiles('lib').flatMap((file) =>
      importsOf(file)
        .filter((edge) => UI(edge.to))
        .map((edge) => `${file} → ${edge.to}`),
    );
    expect(bad).toEqual([]);
  });
});
