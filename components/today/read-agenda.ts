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
