import type { Meeting } from '../db/models';
import type { CallprepDB } from '../db/schema';
import { getSettings } from '../db/settings';
import { readinessOf } from '../readiness/load';
import { lastTouchByCustomer } from '../touch/last-touch';
import { todaySections, type Today } from './sections';

function localDay(now: number): { start: number; end: number } {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  const end = new Date(start);
  end.setDate(end.getDate() + 1);
  return { start: start.getTime(), end: end.getTime() };
}

/**
 * Reads what Today needs: each table once (today's meetings and past meetings
 * by the startsAt index, promises due by the dueAt index), never a query per
 * customer, then computes the sections in memory.
 */
export async function loadToday(db: CallprepDB, now: number): Promise<Today> {
  const day = localDay(now);
  const [settings, customers, todays, held, due, done, notes, news, goals] = await Promise.all([
    getSettings(db),
    db.customers.toArray(),
    db.meetings.where('startsAt').between(day.start, day.end, true, false).toArray(),
    db.meetings.where('startsAt').belowOrEqual(now).toArray(),
    db.commitments.where('dueAt').below(day.end).toArray(),
    db.commitments.filter((c) => c.owner === 'us' && c.status === 'done').toArray(),
    db.notes.where('createdAt').belowOrEqual(now).toArray(),
    db.news.toArray(),
    db.goals.toArray(),
  ]);
  const planned = todays.filter((m: Meeting) => m.status === 'planned');
  const meetings = await Promise.all(planned.map((m) => readinessOf(db, m, now)));
  const lastTouch = lastTouchByCustomer({ meetings: held, notes, news, commitments: done }, now);
  return todaySections({
    now,
    settings,
    customers,
    meetings,
    commitments: due,
    news,
    goals,
    lastTouch,
  });
}
