/**
 * Bundled on its own and evaluated in an extension page: a calendar file
 * imported end to end (read → preview → one transaction) into the extension
 * origin's IndexedDB, then the same file again (nothing changed).
 */
import * as calendar from '../../../lib/calendar';
import { customerSchema, contactSchema } from '../../../lib/db/models';
import { refreshFeed } from '../../../lib/calendar/feed/refresh';
import { CallprepDB } from '../../../lib/db/schema';
import { updateSettings } from '../../../lib/db/settings';
import { seedBuiltinTemplates } from '../../../lib/readiness/seed';
import { benchCustomerDomain, calendarExport } from '../calendar-generate';

const OWN = { ownDomains: ['seller.example'], ownEmails: [] };

async function seed(db: CallprepDB, customers: number, now: number) {
  const rows = Array.from({ length: customers }, (_, i) =>
    customerSchema.parse({
      id: `c${i}`,
      name: `Customer ${i}`,
      nameKey: `customer ${i}`,
      nameTokens: ['customer', String(i)],
      domains: [benchCustomerDomain(i)],
      createdAt: now,
      updatedAt: now,
    }),
  );
  const people = rows.map((c, i) =>
    contactSchema.parse({
      id: `p${i}`,
      customerId: c.id,
      name: `Buyer ${i}`,
      emails: [`buyer@${benchCustomerDomain(i)}`],
      createdAt: now,
      updatedAt: now,
    }),
  );
  await db.transaction('rw', db.customers, db.contacts, async () => {
    await db.customers.bulkAdd(rows);
    await db.contacts.bulkAdd(people);
  });
  await seedBuiltinTemplates(db, now);
}

async function importOnce(db: CallprepDB, text: string, now: number) {
  const t0 = performance.now();
  const window = calendar.importWindow(now);
  const parsed = calendar.parseCalendar(text, window);
  const t1 = performance.now();
  const plan = await calendar.planCalendarImport(db, parsed.occurrences, {
    ...OWN,
    now,
    window,
    source: 'file',
  });
  const t2 = performance.now();
  let progressCalls = 0;
  const summary = await calendar.applyCalendarPlan(db, plan, {
    template: 'auto',
    now,
    onProgress: () => void progressCalls++,
  });
  const t3 = performance.now();
  return {
    parseMs: t1 - t0,
    planMs: t2 - t1,
    applyMs: t3 - t2,
    totalMs: t3 - t0,
    occurrences: parsed.occurrences.length,
    summary,
    progressCalls,
  };
}

export async function calendarImport(
  name: string,
  events: number,
  customers: number,
  historyDays: number,
) {
  const now = Date.now();
  const text = calendarExport(events, customers, now, historyDays);
  const db = new CallprepDB(name);
  await db.open();
  await seed(db, customers, now);
  const first = await importOnce(db, text, now);
  const again = await importOnce(db, text, now + 60_000);
  const meetings = await db.meetings.count();
  const items = await db.checklistItems.count();
  db.close();
  return { bytes: text.length, events, first, again, meetings, items };
}

/**
 * One feed refresh with nothing changed, after the feed's first refresh: the
 * feed's answer is served in the page (the network's time is the server's, not
 * Callprep's), then read, hashed and found unchanged.
 */
export async function feedRefreshUnchanged(
  name: string,
  events: number,
  customers: number,
  historyDays: number,
  runs: number,
) {
  const now = Date.now();
  const text = calendarExport(events, customers, now, historyDays);
  const db = new CallprepDB(name);
  await db.open();
  await seed(db, customers, now);
  const feed = {
    id: 'bench-feed',
    url: 'https://calendar.example.com/basic.ics',
    origin: 'https://calendar.example.com/*',
    addedAt: now,
    checkedAt: null,
    updatedAt: null,
    error: null,
    hash: null,
    windowDay: null,
  };
  await updateSettings(db, { calendarFeeds: [feed] });
  const env = {
    db,
    fetch: async () => new Response(text, { headers: { 'content-type': 'text/calendar' } }),
    now: () => Date.now(),
  };
  let current = (await refreshFeed(env, feed)).feed;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await refreshFeed(env, current);
    times.push(performance.now() - t0);
    if (r.changed !== null) throw new Error('an unchanged feed was read again');
    current = r.feed;
  }
  db.close();
  return { times, bytes: text.length };
}
