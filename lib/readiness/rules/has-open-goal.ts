import { isOpenGoal } from '../../db/row-status';
import { count } from '../words';
import { defineRule } from './define';

export default defineRule({
  id: 'has-open-goal',
  label: 'The customer has an open goal',
  reads: ['goals'],
  fixIn: 'goals',
  check(ctx) {
    const open = ctx.goals.filter(isOpenGoal).length;
    return open > 0
      ? { done: true, why: count(open, 'open goal', 'open goals'), fixLabel: 'Review goals' }
      : {
          done: false,
          why: 'No open goal yet: ask what they want to accomplish',
          fixLabel: 'Add a goal',
        };
  },
});
