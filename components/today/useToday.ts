import { useLiveQuery } from 'dexie-react-hooks';
import type { CallprepDB } from '@/lib/db/schema';
import { loadToday } from '@/lib/today/load';
import type { Today } from '@/lib/today/sections';

export type TodayState = { today: Today; customerCount: number };

/** Today, live: any write on any page (a tick, a note, news shared) shows at once. */
export function useToday(db: CallprepDB, now: number): TodayState | undefined {
  return useLiveQuery(async () => {
    const [today, customerCount] = await Promise.all([loadToday(db, now), db.customers.count()]);
    return { today, customerCount };
  }, [db, now]);
}
