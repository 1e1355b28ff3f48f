import { isOverdue } from '../../db/row-status';
import { relativeWords } from '../time-words';
import { count, quote } from '../words';
import { defineRule } from './define';

export default defineRule({
  id: 'no-overdue-commitment',
  label: 'None of our promises is overdue',
  // the meeting's start decides what is "due before the meeting"
  reads: ['commitments', 'meetings'],
  fixIn: 'commitments',
  check(ctx) {
    const ours = ctx.commitments.filter((c) => c.owner === 'us');
    const overdue = ours.filter((c) => isOverdue(c, ctx.now)).sort((a, b) => a.dueAt! - b.dueAt!);
    const fixLabel = 'See promises';
    if (overdue.length > 0) {
      const first = overdue[0]!;
      const more = overdue.length > 1 ? ` (and ${overdue.length - 1} more)` : '';
      return {
        done: false,
        // Said as the problem, not as the item's text: the item reads "None of our
        // promises is overdue", and a reason after it must not contradict it.
        why: `A promise of ours is overdue: ${quote(first.text)} was due ${relativeWords(first.dueAt!, ctx.now)}${more}`,
        fixLabel,
      };
    }
    // Not overdue yet, but due before the meeting starts: worth saying.
    const dueSoon = ours
      .filter((c) => c.status === 'open' && c.dueAt !== null && c.dueAt <= ctx.meeting.startsAt)
      .sort((a, b) => a.dueAt! - b.dueAt!)[0];
    if (dueSoon) {
      return {
        done: true,
        why: `Nothing overdue; ${quote(dueSoon.text)} is due ${relativeWords(dueSoon.dueAt!, ctx.now)}`,
        fixLabel,
      };
    }
    const open = ours.filter((c) => c.status === 'open').length;
    return {
      done: true,
      why:
        open > 0
          ? `Nothing overdue (${count(open, 'open promise', 'open promises')})`
          : 'No open promises of ours',
      fixLabel,
    };
  },
});
