import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { CallprepDB } from '@/lib/db/schema';
import { loadMyRecord, monthlyRecordFromRows } from '@/lib/record/load-monthly';
import {
  isTallyMeta,
  pullsOf,
  talliesOf,
  type MonthTally,
  type TallyMeta,
} from '@/lib/record/tally';
import { ensureFreshTallies, rebuildTallies } from '@/lib/record/tally-store';
import { freshDb } from '../db/helpers';
import { DAY } from '../clock';
import { NOW, rng, workspace } from './record-workspace';

const byKey = (a: MonthTally, b: MonthTally) => a.key.localeCompare(b.key);

async function stored(db: CallprepDB): Promise<MonthTally[]> {
  return (await db.recordMonths.toArray())
    .filter((r): r is MonthTally => !isTallyMeta(r))
    .sort(byKey);
}

/** The tallies as counting every row afresh makes them. */
async function recounted(db: CallprepDB): Promise<MonthTally[]> {
  const [meetings, commitments, goals, referrals] = await Promise.all([
    db.meetings.toArray(),
    db.commitments.toArray(),
    db.goals.toArray(),
    db.referrals.toArray(),
  ]);
  return talliesOf({ meetings, commitments, goals, referrals }).sort(byKey);
}

async function expectInStep(db: CallprepDB, step: string) {
  expect(await stored(db), step).toEqual(await recounted(db));
  const { names: _names, ...fast } = await loadMyRecord(db, NOW);
  expect(fast, step).toEqual(await monthlyRecordFromRows(db, NOW));
}

type Tallied = 'meetings' | 'commitments' | 'goals' | 'referrals';

describe('My record tallies, kept by the write middleware', () => {
  for (const seed of [1, 2, 3]) {
    it(`equal counting every row afresh through every kind of write (seed ${seed})`, async () => {
      const db = freshDb();
      const w = workspace(seed);
      const r = rng(seed * 97);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
      const rows = {
        meetings: w.meetings,
        commitments: w.promises,
        goals: w.goals,
        referrals: w.referrals,
      };
      const tables: Tallied[] = ['meetings', 'commitments', 'goals', 'referrals'];
      const half = (t: Tallied) => rows[t].slice(0, rows[t].length / 2);
      for (const t of tables) await db.table(t).bulkAdd(half(t));
      await expectInStep(db, 'bulkAdd');

      const someId = async (t: Tallied) =>
        pick(await db.table(t).toCollection().primaryKeys()) as string;
      const anyTime = () => Math.round(NOW - 400 * DAY + r() * 430 * DAY);
      const steps: [string, () => Promise<unknown>][] = [
        [
          'move a meeting to another month',
          async () => db.meetings.update(await someId('meetings'), { startsAt: anyTime() }),
        ],
        [
          'cancel a meeting',
          async () => db.meetings.update(await someId('meetings'), { status: 'cancelled' }),
        ],
        [
          'mark a meeting late and record its readiness',
          async () =>
            db.meetings.update(await someId('meetings'), {
              onTime: false,
              readinessAtStart: { percent: 35, ready: false, at: NOW },
            }),
        ],
        [
          'complete a promise late',
          async () => {
            const id = await someId('commitments');
            const c = (await db.commitments.get(id))!;
            await db.commitments.put({ ...c, status: 'done', doneAt: (c.dueAt ?? NOW) + 3 * DAY });
          },
        ],
        [
          'reopen a promise due elsewhere',
          async () =>
            db.commitments.update(await someId('commitments'), {
              status: 'open',
              doneAt: null,
              dueAt: anyTime(),
            }),
        ],
        [
          'achieve a goal',
          async () =>
            db.goals.update(await someId('goals'), { status: 'achieved', updatedAt: anyTime() }),
        ],
        ['delete a referral', async () => db.referrals.delete(await someId('referrals'))],
        [
          'bulkDelete meetings',
          async () =>
            db.meetings.bulkDelete([
              await someId('meetings'),
              await someId('meetings'),
              'no-such-id',
            ]),
        ],
        [
          'delete one customer’s promises through an index',
          async () => db.commitments.where('customerId').equals(pick(w.customers)).delete(),
        ],
        [
          'delete a range of ids',
          async () => db.meetings.where(':id').between('m1', 'm2').delete(),
        ],
        [
          'modify every open promise',
          async () =>
            db.commitments
              .where('[status+dueAt]')
              .between(['open', Dexie.minKey], ['open', Dexie.maxKey])
              .modify({ owner: 'them' }),
        ],
        [
          'bulkPut the other half and rewrite some',
          async () => {
            for (const t of tables) await db.table(t).bulkPut(rows[t].slice(rows[t].length / 3));
          },
        ],
        [
          'bulkAdd with duplicates (a partial failure)',
          async () => {
            await db.meetings.bulkAdd(w.meetings.slice(0, 50)).catch((e: unknown) => {
              if (!(e instanceof Dexie.BulkError)) throw e;
            });
          },
        ],
        [
          'several writes at once in one transaction',
          async () =>
            db.transaction('rw', db.meetings, db.commitments, db.goals, async () => {
              const ids = await db.meetings.toCollection().primaryKeys();
              await Promise.all([
                ...ids
                  .slice(0, 20)
                  .map((id, i) =>
                    db.meetings.update(id, { startsAt: anyTime(), onTime: i % 2 === 0 }),
                  ),
                db.commitments
                  .toCollection()
                  .modify((c) => void (c.dueAt = c.dueAt === null ? null : c.dueAt + DAY)),
                db.goals.toCollection().modify({ status: 'achieved' }),
              ]);
            }),
        ],
        [
          'a transaction that fails changes nothing',
          async () => {
            const before = await db.meetings.toArray();
            await db
              .transaction('rw', db.meetings, async () => {
                await db.meetings.toCollection().modify({ status: 'cancelled' });
                throw new Error('the seller closed the tab');
              })
              .catch(() => undefined);
            expect(await db.meetings.toArray()).toEqual(before);
          },
        ],
        ['clear a table', async () => db.table(pick(tables)).clear()],
      ];
      for (const [name, run] of steps) {
        await run();
        await expectInStep(db, name);
      }
      db.close();
    });
  }

  it('moves a meeting from the month it left to the month it went to', async () => {
    const db = freshDb();
    const w = workspace(9);
    const m = {
      ...w.meetings[0]!,
      status: 'done' as const,
      startsAt: Date.UTC(2026, 8, 10),
      onTime: false,
    };
    await db.meetings.add(m);
    const keys = async () =>
      (await stored(db)).map((t) => [t.key, t.counts.held, t.pulls.onTime && pullsOf(t, 'onTime')]);
    const oct = new Date(2026, 9, 15).getTime();
    expect(await keys()).toEqual([['2026-09|meetings', 1, { [m.customerId]: 1 }]]);
    await db.meetings.update(m.id, { startsAt: oct });
    expect(await keys()).toEqual([['2026-10|meetings', 1, { [m.customerId]: 1 }]]);
    await db.meetings.update(m.id, { onTime: true });
    expect(await keys()).toEqual([['2026-10|meetings', 1, undefined]]);
    await db.meetings.delete(m.id);
    expect(await stored(db)).toEqual([]);
    db.close();
  });

  it('reads the rows while the tallies are of another time zone, until rebuilt', async () => {
    const db = freshDb();
    const w = workspace(4);
    await db.meetings.bulkAdd(w.meetings);
    await db.commitments.bulkAdd(w.promises);
    const meta = await db.recordMonths.get('meta');
    if (!isTallyMeta(meta)) throw new Error('a new database has its tallies meta');
    // Tallies emptied on purpose: trusted, they would show an empty record.
    await db.recordMonths.clear();
    const elsewhere: TallyMeta = { ...meta, timeZone: 'Pacific/Chatham' };
    await db.recordMonths.put(elsewhere);
    const { names: _n, ...slow } = await loadMyRecord(db, NOW);
    expect(slow).toEqual(await monthlyRecordFromRows(db, NOW));
    expect(slow.prepared.some((v) => v.of > 0)).toBe(true);
    expect(await ensureFreshTallies(db)).toBe(true);
    expect(await ensureFreshTallies(db)).toBe(false);
    expect(await db.recordMonths.get('meta')).toMatchObject({
      stale: false,
      timeZone: meta.timeZone,
    });
    await expectInStep(db, 'rebuilt');
    db.close();
  });

  it('leaves stale tallies alone until rebuilt, and the record still counts every row', async () => {
    const db = freshDb();
    const w = workspace(5);
    const meta = await db.recordMonths.get('meta');
    if (!isTallyMeta(meta)) throw new Error('a new database has its tallies meta');
    const stale: TallyMeta = { ...meta, stale: true };
    await db.recordMonths.put(stale);
    await db.meetings.bulkAdd(w.meetings);
    expect(await stored(db)).toEqual([]);
    const { names: _n, ...slow } = await loadMyRecord(db, NOW);
    expect(slow).toEqual(await monthlyRecordFromRows(db, NOW));
    await rebuildTallies(db);
    await expectInStep(db, 'rebuilt');
    db.close();
  });
});
