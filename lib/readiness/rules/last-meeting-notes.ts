import { count, quote } from '../words';
import { defineRule } from './define';

export default defineRule({
  id: 'last-meeting-notes',
  label: 'The last meeting has notes',
  reads: ['meetings', 'notes'],
  fixIn: 'history',
  check(ctx) {
    const prev = ctx.previousMeeting;
    const fixLabel = 'Open last meeting';
    if (!prev) return { done: true, why: 'First meeting with them: nothing to read yet', fixLabel };
    const notes = ctx.previousNotes.filter((n) => n.body.trim()).length;
    const hasSummary = prev.summary.trim() !== '';
    if (notes === 0 && !hasSummary) {
      return {
        done: false,
        why: `No notes or summary from ${quote(prev.title)}`,
        fixLabel: 'Add notes to last meeting',
      };
    }
    const parts = [hasSummary ? 'a summary' : '', notes ? count(notes, 'note', 'notes') : '']
      .filter(Boolean)
      .join(' and ');
    return { done: true, why: `${quote(prev.title)} has ${parts}`, fixLabel };
  },
});
