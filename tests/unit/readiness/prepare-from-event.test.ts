import { beforeEach, describe, expect, it } from 'vitest';
import { listChecklist } from '@/lib/db/checklist';
import { meetings } from '@/lib/db/meetings';
import { CallprepDB } from '@/lib/db/schema';
import {
  calendarEventIdFromUrl,
  eventFromSignal,
  parseEventInstant,
  prepareMeetingFromEvent,
} from '@/lib/readiness/prepare-from-event';
import { seedBuiltinTemplates } from '@/lib/readiness/seed';
import { DEFAULT_TEMPLATES, builtinTemplateId } from '@/lib/readiness/templates';
import type { PageSignal } from '@/lib/recognize/signal';

// base64url of "4k2m9q8r1t5v7x3z0abc maya.lindqvist@northwind-logistics.com"
const EID = btoa('4k2m9q8r1t5v7x3z0abc maya.lindqvist@northwind-logistics.com').replace(/=+$/, '');

const signal = (patch: Partial<PageSignal> = {}): PageSignal => ({
  site: 'gcalendar',
  view: 'event',
  url: `https://calendar.google.com/calendar/u/0/r/eventedit/${EID}`,
  title: 'Onboarding pilot:  week 4 check-in',
  when: { start: '2026-11-24T10:00:00', end: '2026-11-24T10:45:00' },
  people: [
    { name: 'Maya Lindqvist', email: 'maya.lindqvist@northwind-logistics.com', role: 'attendee' },
    { name: 'Me', email: 'me@callprep.test', role: 'attendee' },
  ],
  ...patch,
});

describe('eventFromSignal', () => {
  it('reads title, local times, attendees and the event id', () => {
    const e = eventFromSignal(signal())!;
    expect(e.title).toBe('Onboarding pilot: week 4 check-in');
    expect(e.startsAt).toBe(new Date(2026, 10, 24, 10, 0).getTime());
    expect(e.endsAt).toBe(new Date(2026, 10, 24, 10, 45).getTime());
    expect(e.externalId).toBe('gcal:4k2m9q8r1t5v7x3z0abc');
    expect(e.attendees).toEqual(['maya.lindqvist@northwind-logistics.com', 'me@callprep.test']);
  });

  it('is null for anything but a dated calendar event', () => {
    expect(eventFromSignal(null)).toBeNull();
    expect(eventFromSignal(signal({ site: 'gmail' }))).toBeNull();
    expect(eventFromSignal(signal({ view: 'list' }))).toBeNull();
    expect(eventFromSignal(signal({ when: undefined }))).toBeNull();
    expect(eventFromSignal(signal({ when: { start: 'soon' } }))).toBeNull();
  });

  it('falls back to title + start without an event id in the URL', () => {
    const e = eventFromSignal(
      signal({ url: 'https://calendar.google.com/calendar/u/0/r/week/2026/11/24' }),
    )!;
    expect(e.externalId).toBe(
      `gcal:t:onboarding pilot: week 4 check-in@${new Date(2026, 10, 24, 10).toISOString()}`,
    );
    expect(eventFromSignal(signal({ title: undefined }))!.title).toBe('Meeting');
  });

  it('drops an end before the start and reads all-day dates as local midnight', () => {
    expect(
      eventFromSignal(
        signal({ when: { start: '2026-11-24T10:00:00', end: '2026-11-24T09:00:00' } }),
      )!.endsAt,
    ).toBeNull();
    expect(parseEventInstant('2026-11-24')).toBe(new Date(2026, 10, 24).getTime());
  });
});

describe('calendarEventIdFromUrl', () => {
  it('reads the same event id from the editor, the event link and the eid parameter', () => {
    expect(
      calendarEventIdFromUrl(`https://calendar.google.com/calendar/u/0/r/eventedit/${EID}`),
    ).toBe('4k2m9q8r1t5v7x3z0abc');
    expect(calendarEventIdFromUrl(`https://calendar.google.com/calendar/event?eid=${EID}`)).toBe(
      '4k2m9q8r1t5v7x3z0abc',
    );
    expect(
      calendarEventIdFromUrl(`https://calendar.google.com/calendar/u/1/r/event/${EID}?sf=true`),
    ).toBe('4k2m9q8r1t5v7x3z0abc');
  });
  it('keeps an id that is not base64 as it is, and says null without one', () => {
    expect(
      calendarEventIdFromUrl('https://calendar.google.com/calendar/r/eventedit/abc!def'),
    ).toBeNull();
    expect(
      calendarEventIdFromUrl('https://calendar.google.com/calendar/r/eventedit/plainid123'),
    ).toBe('plainid123');
    expect(calendarEventIdFromUrl('not a url')).toBeNull();
  });
});

describe('prepareMeetingFromEvent', () => {
  let db: CallprepDB;
  beforeEach(async () => {
    db = new CallprepDB(`test-${crypto.randomUUID()}`);
    await seedBuiltinTemplates(db, 0);
  });

  it('creates the meeting with the template checklist once, then finds it', async () => {
    const event = eventFromSignal(signal())!;
    const first = await prepareMeetingFromEvent(db, {
      event,
      customerId: 'sample-northwind',
      templateId: builtinTemplateId('follow-up'),
    });
    expect(first.created).toBe(true);
    expect(first.meeting).toMatchObject({
      customerId: 'sample-northwind',
      title: 'Onboarding pilot: week 4 check-in',
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      externalId: 'gcal:4k2m9q8r1t5v7x3z0abc',
      templateId: builtinTemplateId('follow-up'),
      status: 'planned',
    });
    const items = await listChecklist(db, first.meeting.id);
    expect(items.map((i) => i.text)).toEqual(DEFAULT_TEMPLATES[1]!.items.map((i) => i.text));

    const second = await prepareMeetingFromEvent(db, {
      event,
      customerId: 'sample-northwind',
      templateId: builtinTemplateId('discovery'),
    });
    expect(second).toEqual({ meeting: first.meeting, created: false });
    expect(await db.meetings.count()).toBe(1);
  });

  it('never duplicates on two quick clicks', async () => {
    const event = eventFromSignal(signal())!;
    const opts = { event, customerId: 'c1', templateId: null };
    const results = await Promise.all([
      prepareMeetingFromEvent(db, opts),
      prepareMeetingFromEvent(db, opts),
    ]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.meetings.count()).toBe(1);
  });

  it('prepares again after the prepared meeting was cancelled', async () => {
    const event = eventFromSignal(signal())!;
    const first = await prepareMeetingFromEvent(db, { event, customerId: 'c1', templateId: null });
    await meetings.update(db, first.meeting.id, { status: 'cancelled' });
    const again = await prepareMeetingFromEvent(db, { event, customerId: 'c1', templateId: null });
    expect(again.created).toBe(true);
    expect(await listChecklist(db, again.meeting.id)).toEqual([]);
  });

  it('is one meeting when the event is seen without its id first and with it later (a peek card, then its page)', async () => {
    const peek = eventFromSignal(
      signal({ url: 'https://calendar.google.com/calendar/u/0/r/week' }),
    )!;
    const page = eventFromSignal(signal())!;
    expect(peek.externalId).not.toBe(page.externalId);
    const first = await prepareMeetingFromEvent(db, {
      event: peek,
      customerId: 'c1',
      templateId: null,
    });
    const second = await prepareMeetingFromEvent(db, {
      event: page,
      customerId: 'c1',
      templateId: null,
    });
    expect(second).toEqual({ meeting: first.meeting, created: false });
    expect(await db.meetings.count()).toBe(1);
  });

  it('keeps two meetings at the same start with different titles apart', async () => {
    const a = eventFromSignal(signal())!;
    const b = eventFromSignal(
      signal({ url: 'https://calendar.google.com/calendar/u/0/r/week', title: 'Globex renewal' }),
    )!;
    await prepareMeetingFromEvent(db, { event: a, customerId: 'c1', templateId: null });
    const other = await prepareMeetingFromEvent(db, {
      event: b,
      customerId: 'c2',
      templateId: null,
    });
    expect(other.created).toBe(true);
    expect(await db.meetings.count()).toBe(2);
  });
});
