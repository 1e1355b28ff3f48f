import { useLiveQuery } from 'dexie-react-hooks';
import type { CallprepDB } from '@/lib/db/schema';
import { loadLosingTouch } from '@/lib/today/load';
import type { Today } from '@/lib/today/sections';
import { readAgenda } from './read-agenda';

export type TodayState = {
  today: Today;
  hasCustomers: boolean;
  /** losing touch weighs every customer: it arrives after the rest */
  complete: boolean;
};

/**
 * Today, live: any write on any page (a tick, a note, news shared) shows at once.
 * The agenda paints first; losing touch is read after it and joins it when read.
 */
export function useToday(db: CallprepDB, now: number): TodayState | undefined {
  const agenda = useLiveQuery(() => readAgenda(db, now), [db, now]);
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
