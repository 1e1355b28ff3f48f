import { describe, expect, it } from 'vitest';
import rule from '@/lib/readiness/rules/agenda-set';
import { makeMeeting } from '../fixtures';
import { ctx } from '../rule-fixtures';

const agendaSet = rule.evaluate;

describe('agenda-set', () => {
  it('needs a non-blank agenda', () => {
    expect(agendaSet(ctx({ meeting: makeMeeting({ agenda: '   ' }) })).done).toBe(false);
    expect(
      agendaSet(ctx({ meeting: makeMeeting({ agenda: '1. Numbers\n2. Leeds' }) })),
    ).toMatchObject({
      done: true,
      why: 'Agenda set (2 points)',
    });
  });
});
