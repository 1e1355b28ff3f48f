/**
 * What is derived from the site descriptors: which hosts a recognizer claims,
 * what each content script watches, the settings list and the one label per site.
 */
import { describe, expect, it } from 'vitest';
import { describeRecord } from '@/lib/match/records';
import { BASE_ATTRIBUTES } from '@/lib/recognize/in-page';
import { SITES } from '@/lib/recognize/signal';
import type { Recognizer } from '@/lib/recognize/types';
import { BUILTIN_SITES, isBuiltinHost, SITE_LABELS } from '@/lib/sites';
import { siteFamily } from '@/lib/sites/family';
import { isHttpsMatchPattern, patternCoversHost } from '@/lib/sites/match-pattern';

const family = (script: string) =>
  siteFamily(
    Object.fromEntries(
      Object.entries(
        import.meta.glob<Recognizer>('@/lib/sites/*/*.ts', { eager: true, import: 'recognizer' }),
      ).filter(([path]) => path.includes(`/lib/sites/${script}/`)),
    ),
  );

describe('host patterns', () => {
  it('reads `*.` as the domain and every host under it, as the browser does', () => {
    const pattern = 'https://*.pipedrive.com/*';
    expect(patternCoversHost(pattern, 'acme.pipedrive.com')).toBe(true);
    expect(patternCoversHost(pattern, 'a.b.pipedrive.com')).toBe(true);
    expect(patternCoversHost(pattern, 'pipedrive.com')).toBe(true);
    expect(patternCoversHost(pattern, 'evilpipedrive.com')).toBe(false);
    expect(patternCoversHost(pattern, 'acme.pipedrive.com.example')).toBe(false);
    expect(patternCoversHost('https://app.hubspot.com/*', 'app.hubspot.com')).toBe(true);
    expect(patternCoversHost('https://app.hubspot.com/*', 'x.app.hubspot.com')).toBe(false);
  });

  it.each([
    ['https://app.hubspot.com/*', true],
    ['https://*.dynamics.com/*', true],
    ['http://app.hubspot.com/*', false],
    ['https://app.hubspot.com/contacts/*', false],
    ['https://*/*', false],
    ['<all_urls>', false],
    ['https://app.hubspot.com', false],
  ])('%s is one of ours: %s', (pattern, ok) => expect(isHttpsMatchPattern(pattern)).toBe(ok));

  it('refuses built-in hosts as custom ones, the bare domain of a `*.` pattern included', () => {
    expect(isBuiltinHost('acme.lightning.force.com')).toBe(true);
    expect(isBuiltinHost('lightning.force.com')).toBe(true);
    expect(isBuiltinHost('crm.zoho.eu')).toBe(true);
    expect(isBuiltinHost('crm.example.com')).toBe(false);
  });
});

describe('content script families', () => {
  it('gives each script the hosts and recognizers of its folder only', () => {
    const mail = family('mail');
    expect(mail.recognizers.map((r) => r.site)).toEqual(['gmail']);
    expect(mail.matches).toEqual(['https://mail.google.com/*']);
    const outlook = family('outlook');
    expect(outlook.recognizers.map((r) => r.site)).toEqual(['outlook']);
    expect(outlook.matches.sort()).toEqual([
      'https://outlook.live.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
    ]);
    expect(
      family('crm')
        .recognizers.map((r) => r.site)
        .sort(),
    ).toEqual(['hubspot', 'pipedrive', 'zoho']);
  });

  it.each(['mail', 'outlook'])('watches on %s pages the attributes mail pages always had', (f) => {
    expect(new Set([...BASE_ATTRIBUTES, ...family(f).attributes])).toEqual(
      new Set([
        'class',
        'hidden',
        'aria-hidden',
        'role',
        'style',
        'email',
        'data-hovercard-id',
        'title',
        'value',
      ]),
    );
    expect(family('crm').attributes).toEqual([]);
  });
});

describe('one label per site', () => {
  it('lists every built-in site in settings, in the order of the Site union', () => {
    expect(BUILTIN_SITES.map((s) => s.id)).toEqual(SITES.filter((s) => s !== 'generic'));
    for (const { id, label } of BUILTIN_SITES) expect(SITE_LABELS[id]).toBe(label);
  });

  it('names a record by the same label settings shows', () => {
    const dynamics = BUILTIN_SITES.find((s) => s.id === 'dynamics')!;
    expect(describeRecord({ system: 'dynamics', type: 'account', id: 'a1' })).toBe(
      `${dynamics.label} account a1`,
    );
  });
});
