import type { CallprepDB } from '@/lib/db/schema';
import { hasCustomers } from '@/lib/queries/customers';
import { loadTodayAgenda } from '@/lib/today/load';
import type { Today } from '@/lib/today/sections';

export type Agenda = { today: Today; hasCustomers: boolean };

/** Today's agenda with whether there is any customer: what Today paints first. */
export async function readAgenda(db: CallprepDB, now: number): Promise<Agenda> {
  const [today, any] = await Promise.all([loadTodayAgenda(db, now), hasCustomers(db)]);
  return { today, hasCustomers: any };
}

/** An early read stands in for one made this long after it (its lines, late by minutes). */
const EARLY_FOR_MS = 60_000;

type Early = { db: CallprepDB; now: number; read: Promise<Agenda>; agenda?: Agenda };
let early: Early | null = null;

/**
 * Starts reading the agenda as the page loads, while React starts and the panel
 * asks which tab it shows (tens of milliseconds before Today mounts), so Today
 * can paint from it at once. The live query still runs and replaces it.
 */
export function startEarlyAgenda(db: CallprepDB, now: number): void {
  const started: Early = { db, now, read: readAgenda(db, now) };
  early = started;
  started.read.then(
    (agenda) => (started.agenda = agenda),
    () => {
      if (early === started) early = null;
    },
  );
}

function fits(e: Early | null, db: CallprepDB, now: number): e is Early {
  return e !== null && e.db === db && Math.abs(now - e.now) < EARLY_FOR_MS;
}

/** The early read, if it is for this database and moment and already in. */
export function earlyAgendaIn(db: CallprepDB, now: number): Agenda | undefined {
  return fits(early, db, now) ? early.agenda : undefined;
}

/** The early read still on its way, if it is for this database and moment. */
export function earlyAgendaRead(db: CallprepDB, now: number): Promise<Agenda> | undefined {
  return fits(early, db, now) ? early.read : undefined;
}
