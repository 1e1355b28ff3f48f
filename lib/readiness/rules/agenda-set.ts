import { defineRule } from './define';

export default defineRule({
  id: 'agenda-set',
  label: 'The meeting has an agenda',
  reads: ['meetings'],
  fixIn: 'agenda',
  check(ctx) {
    const agenda = ctx.meeting.agenda.trim();
    const lines = agenda ? agenda.split('\n').filter((l) => l.trim()).length : 0;
    return agenda
      ? {
          done: true,
          why: lines > 1 ? `Agenda set (${lines} points)` : 'Agenda set',
          fixLabel: 'Edit agenda',
        }
      : { done: false, why: 'No agenda yet', fixLabel: 'Write the agenda' };
  },
});
