import { describe, expect, it } from 'vitest';
import type { RuleResult } from '@/lib/readiness/rules';
import { nextStepWords, readinessLabel, scoreReadiness } from '@/lib/readiness/score';
import { makeItem } from './fixtures';

const rule = (done: boolean): RuleResult => ({
  done,
  why: done ? 'ok' : 'not ok',
  fix: { section: 'goals', label: 'Fix' },
});

describe('scoreReadiness', () => {
  it('is the weighted share of items done', () => {
    const r = scoreReadiness([
      makeItem({ weight: 2, done: true }),
      makeItem({ weight: 1, required: true }),
      makeItem({ weight: 2 }),
    ]);
    expect(r.score).toBeCloseTo(0.4);
    expect(r.percent).toBe(40);
    expect(r.doneCount).toBe(1);
    expect(r.total).toBe(3);
    expect(readinessLabel(r)).toBe('40% ready');
  });

  it('uses the rule result for auto items, not the stored flag', () => {
    const items = [
      makeItem({ rule: 'has-open-goal', done: true, required: true }),
      makeItem({ done: true }),
    ];
    const r = scoreReadiness(items, { 'has-open-goal': rule(false) });
    expect(r.percent).toBe(50);
    expect(r.ready).toBe(false);
    expect(r.firstOpenRequired?.item).toBe(items[0]);
    expect(r.firstOpenRequired?.rule?.why).toBe('not ok');
    // Without a rule result the stored flag counts.
    expect(scoreReadiness(items).percent).toBe(100);
  });

  it('says an open automatic item as its problem, a manual one as its text', () => {
    const items = [
      makeItem({
        rule: 'no-overdue-commitment',
        text: 'None of our promises is overdue',
        required: true,
      }),
      makeItem({ text: 'Charge the laptop', required: true }),
    ];
    const overdue = {
      ...rule(false),
      why: 'A promise of ours is overdue: “Send it” was due 2 days ago',
    };
    const r = scoreReadiness(items, { 'no-overdue-commitment': overdue });
    expect(nextStepWords(r.firstOpenRequired!)).toBe(overdue.why);
    const met = scoreReadiness(items, { 'no-overdue-commitment': rule(true) });
    expect(nextStepWords(met.firstOpenRequired!)).toBe('Charge the laptop');
  });

  it('has nothing to do with no items', () => {
    const r = scoreReadiness([]);
    expect(r).toMatchObject({
      score: 1,
      percent: 100,
      ready: true,
      empty: true,
      firstOpenRequired: null,
    });
    expect(readinessLabel(r)).toBe('No checklist');
  });

  it('counts items when every weight is zero', () => {
    const r = scoreReadiness([makeItem({ weight: 0, done: true }), makeItem({ weight: 0 })]);
    expect(r.percent).toBe(50);
  });

  it('is ready when every required item is done, even with optional ones open', () => {
    const r = scoreReadiness(
      [
        makeItem({ required: true, done: true, weight: 2 }),
        makeItem({ rule: 'agenda-set', required: true }),
        makeItem({ weight: 1 }),
      ],
      { 'agenda-set': rule(true) },
    );
    expect(r.ready).toBe(true);
    expect(r.firstOpenRequired).toBeNull();
    expect(r.firstOpen?.item.required).toBe(false);
    expect(r.percent).toBe(75);
    expect(readinessLabel(r)).toBe('Ready (75%)');
  });

  it('says Ready at 100% and never rounds up to 100% with an item open', () => {
    const all = scoreReadiness([makeItem({ required: true, done: true })]);
    expect(readinessLabel(all)).toBe('Ready');
    const almost = scoreReadiness([
      makeItem({ weight: 10, done: true }),
      makeItem({ weight: 0.01 }),
    ]);
    expect(almost.percent).toBe(99);
  });

  it('finds the first open required item in checklist order', () => {
    const items = [
      makeItem({ order: 5, required: true, text: 'Later' }),
      makeItem({ order: 1, required: false, text: 'Optional' }),
      makeItem({ order: 2, required: true, text: 'First' }),
    ];
    const r = scoreReadiness(items);
    expect(r.firstOpenRequired?.item.text).toBe('First');
    expect(r.items.map((s) => s.item.text)).toEqual(['Optional', 'First', 'Later']);
  });
});
