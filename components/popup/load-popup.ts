import { listOverdueOfOurs } from '@/lib/db/commitments';
import { listMeetingsBetween } from '@/lib/db/meetings';
import type { Customer } from '@/lib/db/models';
import type { CallprepDB } from '@/lib/db/schema';
import { hasCustomers } from '@/lib/queries/customers';
import { readinessOf, type MeetingReadiness } from '@/lib/readiness/load';
import { addDays, startOfDay } from './time';

/** Days shown: today and the next seven. */
export const POPUP_DAYS = 8;

export type PopupData = {
  meetings: MeetingReadiness[];
  customers: Map<string, Customer>;
  overdue: Awaited<ReturnType<typeof listOverdueOfOurs>>;
  anyCustomer: boolean;
};

/** The days the popup lists, from the start of today. */
export function popupWindow(now: number): { from: number; to: number } {
  const from = startOfDay(now);
  return { from, to: addDays(from, POPUP_DAYS) };
}

/**
 * Everything the popup's first screen shows, in one read: the meetings in the
 * window with their readiness, overdue promises of ours, and their customers.
 * `focusId`: a meeting just prepared or opened stays in view even outside the window.
 */
export async function loadPopupData(
  db: CallprepDB,
  now: number,
  focusId: string | null = null,
): Promise<PopupData> {
  const { from, to } = popupWindow(now);
  const rows = await listMeetingsBetween(db, from, to);
  if (focusId && !rows.some((m) => m.id === focusId)) {
    const extra = await db.meetings.get(focusId);
    if (extra && extra.status === 'planned') rows.push(extra);
  }
  const [meetings, overdue, anyCustomer] = await Promise.all([
    Promise.all(rows.map((m) => readinessOf(db, m, now))),
    listOverdueOfOurs(db, now),
    hasCustomers(db),
  ]);
  const ids = [...new Set([...rows.map((m) => m.customerId), ...overdue.map((c) => c.customerId)])];
  const customers = new Map(
    (await db.customers.bulkGet(ids)).filter((c): c is Customer => !!c).map((c) => [c.id, c]),
  );
  return { meetings, customers, overdue, anyCustomer };
}
