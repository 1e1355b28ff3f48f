/**
 * The house rules of a checklist auto-rule (lib/readiness/rules/<id>.ts), so a
 * new rule cannot land half-wired: a label for the template editor, the tables
 * it reads (real tables, all watched by the badge), a fix target the side panel
 * really renders, and its own test file.
 */
import { screen } from '@testing-library/react';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PanelView } from '@/components/panel/PanelView';
import { CallprepDB } from '@/lib/db/schema';
import { BADGE_TABLES } from '@/lib/messaging/data-changed';
import { FIX_TARGETS } from '@/lib/readiness/fix-targets';
import { RULE_LIST } from '@/lib/readiness/rules';
import { loadSampleWorkspace } from '@/lib/sample/workspace';
import { freshDb, makeEnv, NOW, renderWithEnv } from '../panel/helpers';
import { ROOT } from './import-graph';

const RULES_DIR = 'lib/readiness/rules';
const NOT_RULES = new Set(['index.ts', 'define.ts']);
const ruleFiles = readdirSync(join(ROOT, RULES_DIR))
  .filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f))
  .sort();
const dexieTables = new CallprepDB('conventions-schema').tables.map((t) => t.name);

describe('checklist rules', () => {
  it('every file in lib/readiness/rules/ is a rule whose id is its file name', () => {
    expect(ruleFiles.length).toBeGreaterThan(0);
    expect(
      RULE_LIST.map((rule) => `${rule.id}.ts`),
      `rules registered vs files in ${RULES_DIR}`,
    ).toEqual(ruleFiles);
  });

  describe.each(RULE_LIST.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    it('has a label', () => {
      expect(rule.label.trim(), `${id}: label`).not.toBe('');
    });

    it('reads real Dexie tables, and the badge watches every one', () => {
      expect(rule.reads.length, `${id}: reads is empty`).toBeGreaterThan(0);
      const unknown = rule.reads.filter((t) => !dexieTables.includes(t));
      expect(unknown, `${id}: reads tables the schema does not have`).toEqual([]);
      const unwatched = rule.reads.filter((t) => !BADGE_TABLES.has(t));
      expect(unwatched, `${id}: reads tables BADGE_TABLES does not watch`).toEqual([]);
    });

    it('has its test file', () => {
      const test = `tests/unit/readiness/rules/${id}.test.ts`;
      expect(existsSync(join(ROOT, test)), `${id}: missing ${test}`).toBe(true);
    });
  });

  it('every fix target is in the rendered side panel', async () => {
    const db = freshDb();
    await loadSampleWorkspace(db, NOW);
    const subject = {
      kind: 'customer',
      customerId: 'sample-northwind',
      source: 'target',
      match: null,
      signal: null,
    } as const;
    renderWithEnv(
      createElement(PanelView, { subject, onPick: vi.fn(), onLearned: vi.fn() }),
      makeEnv({ db }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Northwind Logistics' });
    await screen.findByLabelText('Agenda');
    // The sections below the fold mount a frame after the header and goals: wait for the last.
    await screen.findByRole('heading', { level: 2, name: /^History/ });
    const missing = RULE_LIST.filter(
      (rule) => document.querySelector(FIX_TARGETS[rule.fixIn]) === null,
    ).map((rule) => `${rule.id} → fixIn '${rule.fixIn}' → ${FIX_TARGETS[rule.fixIn]}`);
    expect(missing, 'fix targets the side panel does not render').toEqual([]);
  });
});
