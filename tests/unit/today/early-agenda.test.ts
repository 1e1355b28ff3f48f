import { afterEach, describe, expect, it } from 'vitest';
import { CallprepDB } from '@/lib/db/schema';
import { loadSampleWorkspace } from '@/lib/sample/workspace';
import {
  earlyAgendaIn,
  earlyAgendaRead,
  readAgenda,
  startEarlyAgenda,
} from '@/components/today/early-agenda';
import { HOUR, local } from '../clock';

const NOW = local(2026, 12, 3, 10, 0);
const dbs: CallprepDB[] = [];
function freshDb(): CallprepDB {
  const db = new CallprepDB(`today-early-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
}

afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('Today: the agenda read as the page loads', () => {
  it('is what the live read finds, once in, for the same database and moment', async () => {
    const db = freshDb();
    await loadSampleWorkspace(db, NOW);
    startEarlyAgenda(db, NOW);
    expect(earlyAgendaIn(db, NOW)).toBeUndefined();
    const early = await earlyAgendaRead(db, NOW);
    expect(earlyAgendaIn(db, NOW + 1000)).toBe(early);
    expect(early).toEqual(await readAgenda(db, NOW));
    expect(early?.hasCustomers).toBe(true);
    expect(early?.today.promises[0]?.promise.text).toBe('Send the security review answers');
  });

  it('never stands in for another database or an hour later', async () => {
    const db = freshDb();
    const other = freshDb();
    startEarlyAgenda(db, NOW);
    await earlyAgendaRead(db, NOW);
    expect(earlyAgendaIn(other, NOW)).toBeUndefined();
    expect(earlyAgendaRead(other, NOW)).toBeUndefined();
    expect(earlyAgendaIn(db, NOW + HOUR)).toBeUndefined();
    expect(earlyAgendaIn(db, NOW)).toEqual({
      hasCustomers: false,
      today: { meetings: [], promises: [], news: [], goals: [], losingTouch: [] },
    });
  });
});
