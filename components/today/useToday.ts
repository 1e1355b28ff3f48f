import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { CallprepDB } from '@/lib/db/schema';
import { loadLosingTouch } from '@/lib/today/load';
import type { Today } from '@/lib/today/sections';
import { earlyAgendaIn, earlyAgendaRead, readAgenda, type Agenda } from './early-agenda';

export type TodayState = {
  today: Today;
  hasCustomers: boolean;
  /** losing touch weighs every customer: it arrives after the rest */
  complete: boolean;
};

/** The page's early read of the agenda (early-agenda.ts), until the live query has its own. */
function useEarlyAgenda(db: CallprepDB, now: number): Agenda | undefined {
  const [early, setEarly] = useState(() => earlyAgendaIn(db, now));
  useEffect(() => {
    if (early) return;
    let live = true;
    earlyAgendaRead(db, now)?.then(
      (agenda) => live && setEarly(agenda),
      () => {}, // the live query answers anyway
    );
    return () => {
      live = false;
    };
  }, [db, now, early]);
  return early;
}

/**
 * Today, live: any write on any page (a tick, a note, news shared) shows at once.
 * The agenda paints first (from the page's early read when there is one); losing
 * touch is read after it and joins it when read.
 */
export function useToday(db: CallprepDB, now: number): TodayState | undefined {
  const early = useEarlyAgenda(db, now);
  const live = useLiveQuery(() => readAgenda(db, now), [db, now]);
  const agenda = live ?? early;
  // Read only once the agenda is in: reading every customer is one long request that the
  // database serves before anything asked after it, so started together it delays the agenda.
  const agendaIn = agenda !== undefined;
  const losingTouch = useLiveQuery(
    () => (agendaIn ? loadLosingTouch(db, now) : undefined),
    [db, now, agendaIn],
  );
  if (!agenda) return undefined;
  return {
    today: { ...agenda.today, losingTouch: losingTouch ?? [] },
    hasCustomers: agenda.hasCustomers,
    complete: losingTouch !== undefined,
  };
}
