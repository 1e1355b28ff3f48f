import { describe, expect, it } from 'vitest';
import rule from '@/lib/readiness/rules/no-overdue-commitment';
import { ctx, DAY, HOUR, NOW, promise } from '../rule-fixtures';

const noOverdueCommitment = rule.evaluate;

describe('no-overdue-commitment', () => {
  it('names the oldest overdue promise of ours and how late it is', () => {
    const r = noOverdueCommitment(
      ctx({
        commitments: [
          promise({ text: 'Send the proposal', dueAt: NOW - HOUR }),
          promise({ text: 'Send the security review answers', dueAt: NOW - 2 * DAY }),
        ],
      }),
    );
    expect(r.done).toBe(false);
    expect(r.why).toBe(
      'A promise of ours is overdue: “Send the security review answers” was due 2 days ago (and 1 more)',
    );
    expect(r.fix.section).toBe('commitments');
  });
  it('ignores their promises, done promises and undated ones', () => {
    const r = noOverdueCommitment(
      ctx({
        commitments: [
          promise({ text: 'Floor plans', owner: 'them', dueAt: NOW - DAY }),
          promise({ text: 'Intro', dueAt: NOW - DAY, status: 'done', doneAt: NOW - 2 * DAY }),
          promise({ text: 'Someday', dueAt: null }),
        ],
      }),
    );
    expect(r).toMatchObject({ done: true, why: 'Nothing overdue (1 open promise)' });
  });
  it('is done but warns about a promise due before the meeting', () => {
    const r = noOverdueCommitment(
      ctx({ commitments: [promise({ text: 'Send the proposal', dueAt: NOW + HOUR })] }),
    );
    expect(r).toMatchObject({
      done: true,
      why: 'Nothing overdue; “Send the proposal” is due in 1 hour',
    });
  });
  it('is done with no promises at all', () => {
    expect(noOverdueCommitment(ctx()).why).toBe('No open promises of ours');
  });
  it('turns overdue exactly when the due time passes', () => {
    const p = promise({ text: 'Call back', dueAt: NOW });
    expect(noOverdueCommitment(ctx({ commitments: [p] })).done).toBe(true);
    expect(noOverdueCommitment(ctx({ commitments: [p], now: NOW + 1 })).done).toBe(false);
  });
});
