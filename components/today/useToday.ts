import { useLiveQuery } from 'dexie-react-hooks';
import type { CallprepDB } from '@/lib/db/schema';
import { loadLosingTouch, loadTodayAgenda } from '@/lib/today/load';
import type { Today } from '@/lib/today/sections';

export type TodayState = {
  today: Today;
  customerCount: number;
  /** losing touch weighs every customer: it arrives after the rest */
  complete: boolean;
};

/**
 * Today, live: any write on any page (a tick, a note, news shared) shows at once.
 * The agenda paints first; losing touch is read after it and joins it when read.
 */
export function useToday(db: CallprepDB, now: number): TodayState | undefined {
  const agenda = useLiveQuery(async () => {
    const [today, customerCount] = await Promise.all([
      loadTodayAgenda(db, now),
      db.customers.count(),
    ]);
    return { today, customerCount };
  }, [db, now]);
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
    customerCount: agenda.customerCount,
    complete: losingTouch !== undefined,
  };
}
