import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallprepDB } from '@/lib/db/schema';
import { loadTodayAgenda } from '@/lib/today/load';
import { DAY, HOUR, local } from '../clock';
import { customer, goal, newsItem, promise } from './builders';

const NOW = local(2026, 12, 3, 10, 0);
const dbs: CallprepDB[] = [];

async function dbWith(rows: {
  customers: ReturnType<typeof customer>[];
  promises?: ReturnType<typeof promise>[];
  news?: ReturnType<typeof newsItem>[];
  goals?: ReturnType<typeof goal>[];
}): Promise<CallprepDB> {
  const db = new CallprepDB(`today-load-${crypto.randomUUID()}`);
  dbs.push(db);
  await db.customers.bulkAdd(rows.customers);
  await db.commitments.bulkAdd(rows.promises ?? []);
  await db.news.bulkAdd(rows.news ?? []);
  await db.goals.bulkAdd(rows.goals ?? []);
  return db;
}

/** The ids each customers.bulkGet of the loader asked for. */
function customerReads(db: CallprepDB): string[][] {
  const asked: string[][] = [];
  const bulkGet = db.customers.bulkGet.bind(db.customers);
  vi.spyOn(db.customers, 'bulkGet').mockImplementation((ids) => {
    asked.push([...(ids as string[])].sort());
    return bulkGet(ids);
  });
  return asked;
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of dbs.splice(0)) await db.delete();
});

describe('Today agenda loader: reads only what Today shows', () => {
  it('a done promise overdue long ago is not in Promises due, and its customer is not read for it', async () => {
    const late = customer('Late Co', NOW - 400 * DAY);
    const done = customer('Done Co', NOW - 400 * DAY);
    const db = await dbWith({
      customers: [late, done],
      promises: [
        promise(done.id, 'us', NOW - 300 * DAY, { status: 'done', text: 'Long done' }),
        promise(done.id, 'them', NOW - 200 * DAY, { status: 'dropped', text: 'Dropped' }),
        promise(late.id, 'them', NOW - 2 * DAY, { text: 'Their slides' }),
        promise(late.id, 'us', NOW - 300 * DAY, { text: 'Our old answer' }),
        promise(late.id, 'us', NOW + HOUR, { text: 'Due later today' }),
        promise(late.id, 'us', NOW + 3 * DAY, { text: 'Not due yet' }),
      ],
    });
    const reads = customerReads(db);
    const today = await loadTodayAgenda(db, NOW);
    expect(today.promises.map((p) => [p.promise.text, p.lateness, p.loud])).toEqual([
      ['Our old answer', 'overdue since Fri, Feb 6', true],
      ['Due later today', 'due today', false],
      ['Their slides', '2 days late', false],
    ]);
    expect(reads).toEqual([[late.id]]);
  });

  it('unshared news from a customer with no other activity still shows; shared news does not', async () => {
    const quiet = customer('Quiet Co', NOW - 90 * DAY);
    const busy = customer('Busy Co', NOW - 90 * DAY);
    const db = await dbWith({
      customers: [quiet, busy],
      news: [
        newsItem(busy.id, NOW - 10 * DAY, { text: 'Told them', sharedAt: NOW - 9 * DAY }),
        newsItem(quiet.id, NOW - 6 * DAY, { text: 'Their CFO moved on' }),
      ],
    });
    const reads = customerReads(db);
    const today = await loadTodayAgenda(db, NOW);
    expect(today.news.map((n) => [n.customerName, n.news.text, n.age])).toEqual([
      ['Quiet Co', 'Their CFO moved on', 'found 6 days ago'],
    ]);
    expect(reads).toEqual([[quiet.id]]);
  });

  it('only goals that need a hand name their customer: reached, dropped and on-track goals are not read for', async () => {
    const stalled = customer('Stalled Co', NOW - 90 * DAY);
    const fine = customer('Fine Co', NOW - 90 * DAY);
    const db = await dbWith({
      customers: [stalled, fine],
      goals: [
        goal(stalled.id, NOW - 60 * DAY, { statement: 'Stalled', updatedAt: NOW - 40 * DAY }),
        goal(fine.id, NOW - 60 * DAY, { statement: 'Reached', status: 'achieved' }),
        goal(fine.id, NOW - 60 * DAY, { statement: 'Fresh', updatedAt: NOW - DAY }),
      ],
    });
    const reads = customerReads(db);
    const today = await loadTodayAgenda(db, NOW);
    expect(today.goals.map((g) => [g.customerName, g.goal.statement, g.reason])).toEqual([
      ['Stalled Co', 'Stalled', 'no progress recorded for 40 days'],
    ]);
    expect(reads).toEqual([[stalled.id]]);
  });
});
