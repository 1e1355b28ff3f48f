import type { Meeting } from '../db/models';
import type { CallprepDB } from '../db/schema';
import { getSettings } from '../db/settings';
import { readinessOf } from '../readiness/load';
import { lastTouchByCustomer } from '../touch/last-touch';
import { goalNeedsHand, isPromiseDue, losingTouchOf, todaySections, type Today } from './sections';

function localDay(now: number): { start: number; end: number } {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  const end = new Date(start);
  end.setDate(end.getDate() + 1);
  return { start: start.getTime(), end: end.getTime() };
}

/**
 * The first four sections: today's meetings (startsAt index), promises due
 * (open ones by [status+dueAt]), news and goals. Only the rows Today shows are kept, and
 * customers are read only for the names of those lines: a year of done
 * promises and reached goals costs neither a customer read nor a line.
 */
export async function loadTodayAgenda(db: CallprepDB, now: number): Promise<Today> {
  const day = localDay(now);
  const [settings, todays, due, news, goals] = await Promise.all([
    getSettings(db),
    db.meetings.where('startsAt').between(day.start, day.end, true, false).toArray(),
    // The open ones due by the end of today, by [status+dueAt] (schema version 5):
    // a year of done promises is most of the table and none of Today.
    db.commitments
      .where('[status+dueAt]')
      .between(['open', -Infinity], ['open', day.end], true, false)
      .toArray()
      .then((rows) => rows.filter((c) => isPromiseDue(c, now))),
    // IndexedDB cannot index a null sharedAt: one read of the table, filtered here.
    db.news.toArray().then((rows) => rows.filter((n) => n.sharedAt === null)),
    db.goals.toArray().then((rows) => rows.filter((g) => goalNeedsHand(g, now) !== null)),
  ]);
  const planned = todays.filter((m: Meeting) => m.status === 'planned');
  const ids = new Set([
    ...planned.map((m) => m.customerId),
    ...due.map((c) => c.customerId),
    ...news.map((n) => n.customerId),
    ...goals.map((g) => g.customerId),
  ]);
  const [meetings, named] = await Promise.all([
    Promise.all(planned.map((m) => readinessOf(db, m, now))),
    db.customers.bulkGet([...ids]),
  ]);
  const customers = named.filter((c) => c !== undefined);
  return todaySections({
    now,
    settings,
    customers,
    meetings,
    commitments: due,
    news,
    goals,
    lastTouch: new Map(),
  });
}

/**
 * Losing touch: every customer against their last touch, from one read of each
 * history table (past meetings by the startsAt index, notes by createdAt),
 * never a query per customer.
 */
export async function loadLosingTouch(db: CallprepDB, now: number): Promise<Today['losingTouch']> {
  const [settings, customers, held, done, notes, shared] = await Promise.all([
    getSettings(db),
    db.customers.toArray(),
    db.meetings.where('startsAt').belowOrEqual(now).toArray(),
    db.commitments.filter((c) => c.owner === 'us' && c.status === 'done').toArray(),
    db.notes.where('createdAt').belowOrEqual(now).toArray(),
    db.news.filter((n) => n.sharedAt !== null).toArray(),
  ]);
  const lastTouch = lastTouchByCustomer(
    { meetings: held, notes, news: shared, commitments: done },
    now,
  );
  return losingTouchOf({ now, settings, customers, lastTouch });
}

/** All of Today at once. */
export async function loadToday(db: CallprepDB, now: number): Promise<Today> {
  const [agenda, losingTouch] = await Promise.all([
    loadTodayAgenda(db, now),
    loadLosingTouch(db, now),
  ]);
  return { ...agenda, losingTouch };
}
