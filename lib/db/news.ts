import { newsInput, newsSchema, type News } from './models';
import { makeRepository, systemClock, type Clock } from './repo';
import type { CallprepDB } from './schema';

export const news = makeRepository('News', (db) => db.news, newsInput, newsSchema);

/** Not yet shared first, newest first within each group. */
export async function listNews(db: CallprepDB, customerId: string): Promise<News[]> {
  const rows = await db.news.where('customerId').equals(customerId).toArray();
  return rows.sort(
    (a, b) =>
      Number(a.sharedAt !== null) - Number(b.sharedAt !== null) || b.createdAt - a.createdAt,
  );
}

export async function markNewsShared(
  db: CallprepDB,
  id: string,
  shared: boolean,
  clock: Clock = systemClock,
) {
  return news.update(db, id, { sharedAt: shared ? clock() : null }, clock);
}
