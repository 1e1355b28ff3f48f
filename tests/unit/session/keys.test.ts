import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GLOBAL_BADGE_KEY,
  PANEL_TARGET_KEY,
  globalBadgeSchema,
  isPanelTargetKey,
  panelTargetKey,
  panelTargetSchema,
  parsePanelTargetKey,
  parseTabStateKey,
  tabStateKey,
  tabStateSchema,
} from '@/lib/session/keys';

describe('session keys', () => {
  it('each builder and its parser agree, and no family reads another’s keys', () => {
    for (const tabId of [0, 7, 1234567]) {
      expect(parseTabStateKey(tabStateKey(tabId))).toBe(tabId);
      expect(parsePanelTargetKey(panelTargetKey(tabId))).toEqual({ tabId });
      expect(parseTabStateKey(panelTargetKey(tabId))).toBeNull();
      expect(parsePanelTargetKey(tabStateKey(tabId))).toBeNull();
    }
    expect(parsePanelTargetKey(panelTargetKey())).toEqual({ tabId: null });
    expect(panelTargetKey()).toBe(PANEL_TARGET_KEY);
    for (const key of [GLOBAL_BADGE_KEY, PANEL_TARGET_KEY])
      expect(parseTabStateKey(key)).toBeNull();
    expect(isPanelTargetKey(GLOBAL_BADGE_KEY)).toBe(false);
  });

  it('a key with no tab id in it is nobody’s', () => {
    for (const key of ['tab:', 'tab:x', 'tab:-1', 'tab:1.5', 'tab:07', 'tabs:1', 'xtab:1']) {
      expect(parseTabStateKey(key), key).toBeNull();
    }
    for (const key of [
      'panel:target:tab:',
      'panel:target:tab:x',
      'panel:targets',
      'panel:target:1',
    ]) {
      expect(parsePanelTargetKey(key), key).toBeNull();
    }
  });

  it('what a key holds is checked when read back', () => {
    expect(tabStateSchema.safeParse({ signal: 'x', match: null, at: 1 }).success).toBe(false);
    expect(tabStateSchema.safeParse({ signal: null, match: null, at: 1 }).success).toBe(true);
    expect(panelTargetSchema.safeParse({ customerId: '', at: 1 }).success).toBe(false);
    expect(panelTargetSchema.safeParse({ customerId: 'c', tabId: -1, at: 1 }).success).toBe(false);
    expect(panelTargetSchema.safeParse({ customerId: 'c', tabId: 3, at: 1 }).success).toBe(true);
    const badge = { kind: 'overdue', text: '!', color: '#b42318', title: 'Callprep' };
    expect(globalBadgeSchema.safeParse(badge).success).toBe(true);
    expect(globalBadgeSchema.safeParse({ ...badge, kind: 'loud' }).success).toBe(false);
    expect(globalBadgeSchema.safeParse({ ...badge, title: 3 }).success).toBe(false);
  });
});

// Where keys may not be spelled out: everything but the registry itself.
const SCANNED = ['lib', 'components', 'entrypoints', 'tests/unit', 'tests/e2e'];
const REGISTRY = 'lib/session/keys.ts';
const THIS_FILE = 'tests/unit/session/keys.test.ts';
/** A string or template literal that starts like one of the registry's keys. */
const SPELLED_KEY = /(['"`])(tab:|panel:target|badge:global|backup:auto)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('the key registry is the one place keys are spelled', () => {
  it('no source or test file outside lib/session/keys.ts types a session key', () => {
    const files = SCANNED.flatMap(sourceFiles).filter((f) => f !== REGISTRY && f !== THIS_FILE);
    expect(files.length).toBeGreaterThan(50);
    const spelled = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (SPELLED_KEY.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(spelled, 'build keys with lib/session/keys.ts (tabStateKey, panelTargetKey, …)').toEqual(
      [],
    );
  });
});
