/**
 * The house rules for built-in sites, checked on every descriptor file
 * (lib/sites/<script>/<site>.ts) the way refined-github checks its features:
 * one site per file, named after it, carried by the content script its folder
 * names, with a label, valid host patterns, a recognizer for the same site and
 * saved pages that prove the recognizer works.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assert, describe, expect, it } from 'vitest';
import { SITES } from '@/lib/recognize/signal';
import type { SiteModule } from '@/lib/sites/define-site';
import { isHttpsMatchPattern } from '@/lib/sites/match-pattern';

const ROOT = resolve(__dirname, '../../..');
const SITES_DIR = join(ROOT, 'lib/sites');
const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');

const modules = import.meta.glob<Partial<SiteModule>>('../../../lib/sites/*/*.ts', {
  eager: true,
});
const moduleOf = (file: string) => modules[`../../../lib/sites/${file}`];

/** "crm/hubspot.ts": every file in every folder of lib/sites/. */
const descriptorFiles = readdirSync(SITES_DIR)
  .filter((name) => statSync(join(SITES_DIR, name)).isDirectory())
  .flatMap((script) => readdirSync(join(SITES_DIR, script)).map((file) => `${script}/${file}`))
  .sort();

/** A host the pattern covers: `https://*.pipedrive.com/*` → acme.pipedrive.com. */
const sampleHost = (pattern: string) =>
  pattern
    .replace(/^https:\/\//, '')
    .replace(/\/\*$/, '')
    .replace(/^\*\./, 'sample.');

function validateDescriptor(file: string): void {
  const [script, name] = file.split('/') as [string, string];
  assert(
    name.endsWith('.ts'),
    `lib/sites/${script}/ should hold only site descriptors (.ts files)`,
  );
  const { site, recognizer } = moduleOf(file) ?? {};
  assert(
    site && recognizer,
    'Should export `site` (defineSite({ id, label, hosts })) and `recognizer` (siteRecognizer(site, reader))',
  );
  const id = name.replace(/\.ts$/, '');

  assert(site.id === id, `Should be named after its site: lib/sites/${script}/${site.id}.ts`);
  assert(
    recognizer.site === site.id,
    `Its recognizer reads "${recognizer.site}" pages, but the descriptor is "${site.id}": bind the ${site.id} reader`,
  );
  assert(
    typeof site.label === 'string' && site.label.trim().length >= 2,
    'Should have a label: the name the seller sees in settings and in "Recognized by …"',
  );

  assert(
    existsSync(join(ROOT, `entrypoints/${script}.content.ts`)),
    `Sits in lib/sites/${script}/, but no entrypoints/${script}.content.ts carries that folder: move it into a folder with a content script, or add one`,
  );
  const entry = readFileSync(join(ROOT, `entrypoints/${script}.content.ts`), 'utf8');
  assert(
    entry.includes(`'@/lib/sites/${script}/*.ts'`),
    `entrypoints/${script}.content.ts should find its sites with import.meta.glob('@/lib/sites/${script}/*.ts')`,
  );

  assert(site.hosts.length > 0, 'Should list the host patterns its content script runs on');
  for (const pattern of site.hosts) {
    assert(
      isHttpsMatchPattern(pattern),
      `"${pattern}" is not an https match pattern for whole hosts, like https://app.example.com/* or https://*.example.com/*`,
    );
    assert(recognizer.claims(sampleHost(pattern)), `Its recognizer should claim ${pattern}`);
  }

  const pages = readdirSync(PAGES_DIR).filter((f) => f.startsWith(`${id}-`) && f.endsWith('.html'));
  assert(
    pages.length >= 2,
    `Should have at least two saved pages, tests/fixtures/pages/${id}-<view>.html, each with its expected signal in ${id}-<view>.json (found ${pages.length})`,
  );
  for (const page of pages) {
    const specFile = join(PAGES_DIR, page.replace(/\.html$/, '.json'));
    assert(existsSync(specFile), `${page} should have its expected signal beside it, in a .json`);
    const spec = JSON.parse(readFileSync(specFile, 'utf8')) as { url?: string; expected?: unknown };
    assert(
      typeof spec.url === 'string' && 'expected' in spec,
      `${page.replace(/\.html$/, '.json')} should say { "url": …, "expected": <signal or null> }`,
    );
    assert(
      recognizer.claims(new URL(spec.url).hostname),
      `${page} is saved at ${spec.url}, a host ${id} does not claim`,
    );
  }
}

describe('site descriptors', () => {
  it.each(descriptorFiles)('lib/sites/%s', validateDescriptor);

  it('gives every site of the Site union exactly one descriptor, and no other site one', () => {
    const ids = descriptorFiles.map((file) => moduleOf(file)?.site?.id);
    const builtin = SITES.filter((s) => s !== 'generic');
    expect(
      builtin.filter((s) => ids.filter((id) => id === s).length !== 1),
      'sites (lib/recognize/signal.ts) without exactly one lib/sites/<script>/<site>.ts',
    ).toEqual([]);
    expect(
      ids.filter((id) => !builtin.some((s) => s === id)),
      'descriptors for no built-in site of the Site union',
    ).toEqual([]);
  });

  it('gives every host pattern to one site only', () => {
    const patterns = descriptorFiles.flatMap((file) => moduleOf(file)?.site?.hosts ?? []);
    expect(
      patterns.filter((p, i) => patterns.indexOf(p) !== i),
      'patterns listed by two descriptors',
    ).toEqual([]);
  });
});
