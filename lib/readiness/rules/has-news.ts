import { count } from '../words';
import { defineRule } from './define';

export default defineRule({
  id: 'has-news',
  label: 'There is news to share',
  reads: ['news'],
  fixIn: 'news',
  check(ctx) {
    const unshared = ctx.news.filter((n) => n.sharedAt === null).length;
    return unshared > 0
      ? {
          done: true,
          why: `${count(unshared, 'piece', 'pieces')} of news to share`,
          fixLabel: 'See news',
        }
      : { done: false, why: 'No news to share yet', fixLabel: 'Add news' };
  },
});
