/**
 * Every saved page under tests/fixtures/pages is recognized exactly as the JSON
 * beside it says. Add a page and its expectation; no test code to write.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognizePage } from '@/lib/recognize';
import { SITES } from '@/lib/recognize/signal';

const DIR = join(__dirname, '../../fixtures/pages');
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => {
    const spec = JSON.parse(readFileSync(join(DIR, f.replace(/\.html$/, '.json')), 'utf8')) as {
      url: string;
      expected: unknown;
    };
    return { name: f.replace(/\.html$/, ''), html: readFileSync(join(DIR, f), 'utf8'), ...spec };
  });

describe('recognizePage on saved pages', () => {
  it('has at least two fixtures per site', () => {
    const sites = new Map<string, number>();
    for (const c of cases)
      sites.set(c.name.split('-')[0]!, (sites.get(c.name.split('-')[0]!) ?? 0) + 1);
    for (const [site, n] of sites) expect(n, site).toBeGreaterThanOrEqual(2);
    // Every site has its pages, and no page names a site that does not exist.
    expect([...sites.keys()].sort()).toEqual([...SITES].sort());
  });

  it.each(cases)('$name', ({ html, url, expected }) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(recognizePage(doc, url)).toEqual(expected);
  });
});
