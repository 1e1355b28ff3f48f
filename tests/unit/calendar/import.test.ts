import { beforeEach, describe, expect, it } from 'vitest';
import { applyCalendarPlan, type TemplateChoice } from '@/lib/calendar/apply';
import { importWindow } from '@/lib/calendar/occurrence';
import { parseCalendar } from '@/lib/calendar/parse';
import { planCalendarImport } from '@/lib/calendar/plan';
import { contacts } from '@/lib/db/contacts';
import { customers } from '@/lib/db/customers';
import { createMeetingWithChecklist } from '@/lib/db/meetings';
import type { Customer } from '@/lib/db/models';
import { notes } from '@/lib/db/notes';
import type { CallprepDB } from '@/lib/db/schema';
import { seedBuiltinTemplates } from '@/lib/readiness/seed';
import { builtinTemplateId } from '@/lib/readiness/templates';
import { DAY, HOUR, utc } from '../clock';
import { dumpAll, freshDb } from '../db/helpers';
import { calendarFile } from './files';

const NOW = utc(2026, 12, 3, 12);
const OWN = { ownDomains: ['seller.example'], ownEmails: ['sam.seller@gmail.com'] };
const OUTLOOK = calendarFile('outlook-windows-zones.ics');

async function importText(
  db: CallprepDB,
  text: string,
  { now = NOW, source = 'file', template = 'auto' as TemplateChoice } = {},
) {
  const window = importWindow(now);
  const { occurrences } = parseCalendar(text, window);
  const plan = await planCalendarImport(db, occurrences, { ...OWN, now, window, source });
  const progress: number[] = [];
  const summary = await applyCalendarPlan(db, plan, {
    template,
    now,
    onProgress: (p) => progress.push(p.done),
  });
  return { plan, summary, progress };
}

let db: CallprepDB;
let northwind: Customer;

beforeEach(async () => {
  db = freshDb();
  await seedBuiltinTemplates(db, NOW - 100 * DAY);
  northwind = await customers.create(db, {
    name: 'Northwind Logistics',
    domains: ['northwind-logistics.com'],
  });
  await customers.create(db, { name: 'Fabrikam', domains: ['fabrikam.io'] });
});

const meetingsOf = (customerId: string) =>
  db.meetings.where('customerId').equals(customerId).sortBy('startsAt');

describe('the preview of an Outlook file', () => {
  it('counts what it found, who it is with, and what it leaves out and why', async () => {
    const window = importWindow(NOW);
    const { occurrences } = parseCalendar(OUTLOOK, window);
    const before = await dumpAll(db);
    const plan = await planCalendarImport(db, occurrences, {
      ...OWN,
      now: NOW,
      window,
      source: 'file',
    });
    expect(await dumpAll(db)).toEqual(before);
    // 11 weekly + the moved one + Contoso + team review + site visit + dentist
    expect(plan.found).toBe(16);
    expect(plan.matched).toBe(13);
    expect(plan.customers).toBe(1);
    expect(plan.create).toHaveLength(13);
    expect(plan.internal).toBe(1);
    expect(plan.personal).toBe(1);
    expect(plan.unmatched).toEqual([
      { domain: 'contoso.com', suggestedName: 'Contoso', meetings: 1 },
    ]);
    // The cancelled occurrence has no meeting to cancel yet.
    expect(plan.cancel).toEqual([]);
  });

  it('matches by a contact’s email before any domain, and never by free mail or own domains', async () => {
    const other = await customers.create(db, { name: 'Maya’s new company', domains: [] });
    await contacts.create(db, {
      customerId: other.id,
      name: 'Maya Lindqvist',
      emails: ['maya@northwind-logistics.com'],
    });
    const text = OUTLOOK.replace(/jonas\.berg@northwind-logistics\.com/g, 'jonas@gmail.com');
    const { plan } = await importText(db, text);
    expect(new Set(plan.create.map((c) => c.meeting.customerId))).toEqual(new Set([other.id]));
    // A customer who owns gmail.com as a "domain" is still never matched by it.
    await customers.create(db, { name: 'Gmail users', domains: ['gmail.com'] });
    const chris = calendarFile('google-export.ics').replace('STATUS:CANCELLED', 'STATUS:CONFIRMED');
    const google = await importText(db, chris);
    expect(google.plan.personal).toBe(1);
  });
});

describe('importing', () => {
  it('writes one meeting per occurrence with a checklist: Discovery first, Follow-up after', async () => {
    const { summary, progress } = await importText(db, OUTLOOK);
    expect(summary).toEqual({ created: 13, updated: 0, cancelled: 0 });
    expect(progress.at(-1)).toBe(13);
    const rows = await meetingsOf(northwind.id);
    expect(rows).toHaveLength(13);
    expect(rows[0]).toMatchObject({
      title: 'Northwind weekly sync',
      startsAt: utc(2026, 11, 9, 9),
      templateId: builtinTemplateId('discovery'),
      calendarSource: 'file',
      status: 'planned',
    });
    expect(rows.slice(1).every((m) => m.templateId === builtinTemplateId('follow-up'))).toBe(true);
    const items = await db.checklistItems.where('meetingId').equals(rows[1]!.id).count();
    expect(items).toBeGreaterThan(0);
    expect(rows.find((m) => m.allDay)).toMatchObject({
      title: 'Northwind site visit',
      allDay: { firstDay: '2026-12-18', lastDay: '2026-12-18' },
    });
  });

  it('gives a customer with a meeting already held Follow-up from the first', async () => {
    await createMeetingWithChecklist(
      db,
      {
        customerId: northwind.id,
        title: 'Kickoff',
        startsAt: NOW - 60 * DAY,
      },
      [],
    );
    await importText(db, OUTLOOK);
    const rows = (await meetingsOf(northwind.id)).filter((m) => m.calendarKey);
    expect(rows.every((m) => m.templateId === builtinTemplateId('follow-up'))).toBe(true);
  });

  it('uses the template the seller chose for every new meeting', async () => {
    await importText(db, OUTLOOK, { template: builtinTemplateId('renewal') });
    const rows = await meetingsOf(northwind.id);
    expect(new Set(rows.map((m) => m.templateId))).toEqual(new Set([builtinTemplateId('renewal')]));
  });

  it('changes nothing the second time the same file is imported', async () => {
    await importText(db, OUTLOOK);
    const before = await dumpAll(db);
    const again = await importText(db, OUTLOOK, { now: NOW + HOUR });
    expect(again.summary).toEqual({ created: 0, updated: 0, cancelled: 0 });
    expect(again.plan.unchanged).toBe(13);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('moves a moved occurrence and cancels an EXDATE one, keeping ticks, agenda and notes', async () => {
    await importText(db, OUTLOOK);
    const rows = await meetingsOf(northwind.id);
    const dec21 = rows.find((m) => m.startsAt === utc(2026, 12, 21, 9))!;
    const dec28 = rows.find((m) => m.startsAt === utc(2026, 12, 28, 9))!;
    const [item] = await db.checklistItems.where('meetingId').equals(dec21.id).toArray();
    await db.checklistItems.update(item!.id, { done: true, doneAt: NOW });
    await db.meetings.update(dec21.id, { agenda: 'Pilot numbers', updatedAt: NOW + 1 });
    await notes.create(db, {
      customerId: northwind.id,
      meetingId: dec28.id,
      body: 'Bring the deck',
    });

    // The organizer moves 21 Dec to 22 Dec 16:00 and cancels 28 Dec.
    const series = OUTLOOK.indexOf('BEGIN:VEVENT');
    const moved = OUTLOOK.slice(series, OUTLOOK.indexOf('END:VEVENT', series) + 12)
      .replace(
        'EXDATE;TZID="W. Europe Standard Time":20261207T100000',
        'EXDATE;TZID="W. Europe Standard Time":20261207T100000,20261228T100000',
      )
      .replace(/DTSTART;[^\r\n]+/, 'DTSTART;TZID="W. Europe Standard Time":20261222T160000')
      .replace(/DTEND;[^\r\n]+/, 'DTEND;TZID="W. Europe Standard Time":20261222T163000')
      .replace(/RRULE:[^\r\n]+\r\n/, '')
      .replace(/EXDATE[^\r\n]+\r\n/, '')
      .replace(
        'SUMMARY;LANGUAGE=en-us:Northwind weekly sync',
        'RECURRENCE-ID;TZID="W. Europe Standard Time":20261221T100000\r\nSUMMARY;LANGUAGE=en-us:Northwind weekly sync',
      );
    const text = OUTLOOK.replace(
      'EXDATE;TZID="W. Europe Standard Time":20261207T100000',
      'EXDATE;TZID="W. Europe Standard Time":20261207T100000,20261228T100000',
    ).replace('END:VCALENDAR', `${moved}END:VCALENDAR`);

    const { summary } = await importText(db, text, { now: NOW + HOUR });
    expect(summary).toEqual({ created: 0, updated: 1, cancelled: 1 });
    expect(await db.meetings.get(dec21.id)).toMatchObject({
      startsAt: utc(2026, 12, 22, 15),
      endsAt: utc(2026, 12, 22, 15, 30),
      agenda: 'Pilot numbers',
      status: 'planned',
    });
    expect(await db.checklistItems.get(item!.id)).toMatchObject({ done: true, doneAt: NOW });
    expect(await db.meetings.get(dec28.id)).toMatchObject({
      status: 'cancelled',
      cancelledByCalendar: true,
    });
    expect(await db.notes.where('meetingId').equals(dec28.id).count()).toBe(1);
    expect(await db.meetings.count()).toBe(13);
  });

  it('cancels a meeting whose event is now STATUS:CANCELLED, and brings it back when it is confirmed again', async () => {
    await importText(db, OUTLOOK);
    const cancelledText = OUTLOOK.replace(
      'SUMMARY;LANGUAGE=en-us:Northwind site visit',
      'STATUS:CANCELLED\r\nSUMMARY;LANGUAGE=en-us:Northwind site visit',
    );
    expect((await importText(db, cancelledText)).summary.cancelled).toBe(1);
    const visit = (await meetingsOf(northwind.id)).find((m) => m.allDay)!;
    expect(visit.status).toBe('cancelled');
    expect((await importText(db, OUTLOOK, { now: NOW + HOUR })).summary.updated).toBe(1);
    expect(await db.meetings.get(visit.id)).toMatchObject({ status: 'planned' });
  });

  it('never reopens a meeting the seller cancelled', async () => {
    await importText(db, OUTLOOK);
    const [first] = await meetingsOf(northwind.id);
    await db.meetings.update(first!.id, { status: 'cancelled', updatedAt: NOW + 5 });
    const again = await importText(db, OUTLOOK, { now: NOW + HOUR });
    expect(again.summary.updated).toBe(0);
    expect((await db.meetings.get(first!.id))!.status).toBe('cancelled');
  });

  it('cancels, for a feed, a meeting whose occurrence is gone from it (and only that feed’s)', async () => {
    await importText(db, OUTLOOK, { source: 'feed:a' });
    await importText(db, calendarFile('google-export.ics'), { source: 'feed:b' });
    const gone = OUTLOOK.replace(
      /BEGIN:VEVENT(?:(?!END:VEVENT)[\s\S])*Northwind site visit[\s\S]*?END:VEVENT\r\n/,
      '',
    );
    const { summary } = await importText(db, gone, { source: 'feed:a', now: NOW + HOUR });
    expect(summary).toEqual({ created: 0, updated: 0, cancelled: 1 });
    const visit = (await meetingsOf(northwind.id)).find((m) => m.allDay)!;
    expect(visit.status).toBe('cancelled');
    expect(
      (await db.meetings.where('calendarSource').equals('feed:b').toArray()).every(
        (m) => m.status === 'planned',
      ),
    ).toBe(true);
  });

  it('refuses a preview gone stale, writing nothing', async () => {
    await importText(db, OUTLOOK);
    const text = OUTLOOK.replace('20261215T140000', '20261215T150000');
    const window = importWindow(NOW);
    const plan = await planCalendarImport(db, parseCalendar(text, window).occurrences, {
      ...OWN,
      now: NOW,
      window,
      source: 'file',
    });
    expect(plan.update).toHaveLength(1);
    await db.meetings.update(plan.update[0]!.id, {
      agenda: 'edited meanwhile',
      updatedAt: NOW + 9,
    });
    const before = await dumpAll(db);
    await expect(applyCalendarPlan(db, plan, { template: 'auto', now: NOW })).rejects.toThrow(
      /changed since the preview/,
    );
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses the same preview twice (a second click), writing nothing more', async () => {
    const window = importWindow(NOW);
    const plan = await planCalendarImport(db, parseCalendar(OUTLOOK, window).occurrences, {
      ...OWN,
      now: NOW,
      window,
      source: 'file',
    });
    await applyCalendarPlan(db, plan, { template: 'auto', now: NOW });
    await expect(applyCalendarPlan(db, plan, { template: 'auto', now: NOW })).rejects.toThrow(
      /changed since the preview/,
    );
    expect(await db.meetings.count()).toBe(13);
  });
});
