import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECOGNIZED_HOST_PATTERNS } from '../../lib/sites';

/**
 * Least privilege, checked on what we actually ship: the built manifests. A new
 * permission must be added here on purpose, with a reason.
 */
const OUT = resolve(process.env.CALLPREP_OUT ?? '.output');
const read = (target: string) =>
  JSON.parse(readFileSync(resolve(OUT, target, 'manifest.json'), 'utf8'));

/**
 * Strings only a recognizer holds (a selector or a label text of each site's
 * reader). The background and the extension pages import the sites' metadata
 * (lib/sites/index.ts), never their readers: one of these there means a
 * recognizer was bundled where nothing runs it.
 */
const RECOGNIZER_ONLY = [
  'records-record-layout-item', // Salesforce
  'data-selenium-test', // HubSpot
  'header-title', // Pipedrive
  '_selected_tag_text', // Dynamics 365
  'subvalue_EMAIL', // Zoho CRM
  'Current company', // LinkedIn
  'subjectbox', // Gmail
  'ReadingPaneContainerId', // Outlook
  'xDetDlg', // Google Calendar
];

const AGREED = {
  // storage: settings and per-tab state; alarms: reminders that survive restarts;
  // notifications: the reminder itself; sidePanel: the panel (Chrome only).
  chrome: ['alarms', 'notifications', 'sidePanel', 'storage'],
  firefox: ['alarms', 'notifications', 'storage'],
};

describe.each([
  ['chrome', 'chrome-mv3'],
  ['firefox', 'firefox-mv2'],
] as const)('the %s manifest', (browser, folder) => {
  const manifest = read(folder);

  it('asks only for the agreed permissions', () => {
    const hostLike = (p: string) => p.includes('://') || p === '<all_urls>';
    expect([...manifest.permissions].filter((p: string) => !hostLike(p)).sort()).toEqual(
      AGREED[browser],
    );
    expect(manifest.permissions.filter(hostLike)).toEqual([]);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('runs the content script only on the recognized CRM, mail and calendar hosts', () => {
    const matches = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(matches.sort()).toEqual([...RECOGNIZED_HOST_PATTERNS].sort());
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(JSON.stringify(manifest)).not.toMatch(/"\*:\/\/\*\/\*"/);
  });

  it('bundles no recognizer into the background or the extension pages', () => {
    const dir = resolve(OUT, folder);
    const files = [
      'background.js',
      ...readdirSync(resolve(dir, 'chunks')).map((f) => `chunks/${f}`),
    ];
    const leaks = files.flatMap((file) => {
      const code = readFileSync(resolve(dir, file), 'utf8');
      return RECOGNIZER_ONLY.filter((s) => code.includes(s)).map((s) => `${file}: ${s}`);
    });
    expect(files.length).toBeGreaterThan(2);
    expect(leaks).toEqual([]);
    // Each marker must still be a recognizer's, or this check proves nothing.
    const scripts = readdirSync(resolve(dir, 'content-scripts')).map((f) =>
      readFileSync(resolve(dir, 'content-scripts', f), 'utf8'),
    );
    expect(
      RECOGNIZER_ONLY.filter((s) => !scripts.some((code) => code.includes(s))),
      'markers no content script holds any more: pick a current selector',
    ).toEqual([]);
  });

  it('takes custom hosts, scripting and downloads (automatic backup) only as optional permissions asked at run time', () => {
    const optional = [
      ...(manifest.optional_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
    ];
    // downloads: the automatic backup file, asked when the seller turns it on in Settings (lib/backup/)
    expect(optional.sort()).toEqual(['downloads', 'https://*/*', 'scripting']);
  });

  it('exposes nothing to web pages and loads no remote code', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    // The default CSP: no override that could allow eval or remote scripts.
    expect(manifest.content_security_policy).toBeUndefined();
  });
});

describe('the Firefox manifest', () => {
  it('installs on the oldest Firefox ESR still supported (140), not only on the newest', () => {
    const gecko = read('firefox-mv2').browser_specific_settings.gecko;
    const major = Number(String(gecko.strict_min_version).split('.')[0]);
    expect(major).toBeLessThanOrEqual(140);
    // storage.session (115) and data_collection_permissions (140) are what sets the floor.
    expect(major).toBeGreaterThanOrEqual(140);
  });
});
