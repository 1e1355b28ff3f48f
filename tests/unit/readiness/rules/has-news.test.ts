import { describe, expect, it } from 'vitest';
import rule from '@/lib/readiness/rules/has-news';
import { ctx, newsItem, NOW } from '../rule-fixtures';

const hasNews = rule.evaluate;

describe('has-news', () => {
  it('counts news not yet shared', () => {
    expect(hasNews(ctx({ news: [newsItem(null), newsItem(null), newsItem(NOW)] }))).toMatchObject({
      done: true,
      why: '2 pieces of news to share',
    });
    expect(hasNews(ctx({ news: [newsItem(NOW)] }))).toMatchObject({
      done: false,
      why: 'No news to share yet',
    });
  });
});
