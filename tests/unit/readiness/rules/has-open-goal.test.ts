import { describe, expect, it } from 'vitest';
import rule from '@/lib/readiness/rules/has-open-goal';
import { ctx, goal } from '../rule-fixtures';

const hasOpenGoal = rule.evaluate;

describe('has-open-goal', () => {
  it('counts open and in-progress goals', () => {
    const r = hasOpenGoal(ctx({ goals: [goal('open'), goal('in_progress'), goal('achieved')] }));
    expect(r).toMatchObject({ done: true, why: '2 open goals', fix: { section: 'goals' } });
    expect(hasOpenGoal(ctx({ goals: [goal('open')] })).why).toBe('1 open goal');
  });
  it('is open when every goal is achieved or dropped', () => {
    const r = hasOpenGoal(ctx({ goals: [goal('achieved'), goal('dropped')] }));
    expect(r.done).toBe(false);
    expect(r.why).toMatch(/no open goal/i);
    expect(r.fix).toEqual({ section: 'goals', label: 'Add a goal' });
  });
});
