import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { onBeforeMeetingAlarm, type BeforeMeetingEnv } from '@/lib/background/before-meeting';
import { setItemDone } from '@/lib/db/checklist';
import { customers } from '@/lib/db/customers';
import { createMeetingWithChecklist, meetings } from '@/lib/db/meetings';
import type { TemplateItem } from '@/lib/db/models';
import { CallprepDB } from '@/lib/db/schema';
import { recordReadinessAtStart, recordStartedMeetings } from '@/lib/record/record-at-start';
import { wantsSnapshot } from '@/lib/record/snapshot';
import { scheduleStartAlarm, START_ALARM } from '@/lib/record/start-alarm';
import { HOUR, MINUTE, utc } from '../clock';

const NOW = utc(2026, 11, 23, 9, 0);
const ITEMS: TemplateItem[] = [
  { text: 'Three questions', section: '', required: true, weight: 1, rule: null },
  { text: 'Laptop charged', section: '', required: false, weight: 1, rule: null },
];

let db: CallprepDB;
let customerId: string;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new CallprepDB(`test-${crypto.randomUUID()}`);
  customerId = (await customers.create(db, { name: 'Northwind' })).id;
});

const meeting = async (startsIn: number, extra = {}) =>
  (
    await createMeetingWithChecklist(
      db,
      { customerId, title: 'Pilot check-in', startsAt: NOW + startsIn, ...extra },
      ITEMS,
      () => NOW - HOUR,
    )
  ).meeting;

describe('wantsSnapshot', () => {
  const m = { startsAt: NOW, endsAt: NOW + 30 * MINUTE, status: 'planned' as const };
  it('from the start to the end (at most an hour in), once, never for a cancelled meeting', () => {
    expect(wantsSnapshot(m, NOW - 1)).toBe(false);
    expect(wantsSnapshot(m, NOW)).toBe(true);
    expect(wantsSnapshot(m, NOW + 30 * MINUTE)).toBe(true);
    expect(wantsSnapshot(m, NOW + 31 * MINUTE)).toBe(false);
    expect(wantsSnapshot({ ...m, endsAt: null }, NOW + 59 * MINUTE)).toBe(true);
    expect(wantsSnapshot({ ...m, endsAt: null }, NOW + 61 * MINUTE)).toBe(false);
    expect(wantsSnapshot({ ...m, status: 'cancelled' }, NOW)).toBe(false);
    const recorded = { ...m, readinessAtStart: { percent: 50, ready: false, at: NOW } };
    expect(wantsSnapshot(recorded, NOW + MINUTE)).toBe(false);
  });
});

describe('recordReadinessAtStart', () => {
  it('writes the readiness of the moment once; later ticks do not change it', async () => {
    const m = await meeting(-5 * MINUTE);
    const items = await db.checklistItems.where('meetingId').equals(m.id).sortBy('order');
    await setItemDone(db, items[1]!.id, true, () => NOW - 10 * MINUTE);
    expect(await recordReadinessAtStart(db, m, NOW)).toBe(true);
    expect((await db.meetings.get(m.id))?.readinessAtStart).toEqual({
      percent: 50,
      ready: false,
      at: NOW,
    });
    await setItemDone(db, items[0]!.id, true, () => NOW + MINUTE);
    const again = (await db.meetings.get(m.id))!;
    expect(await recordReadinessAtStart(db, again, NOW + 2 * MINUTE)).toBe(false);
    // A stale copy (the panel's, say) cannot overwrite the first snapshot either.
    expect(await recordReadinessAtStart(db, m, NOW + 2 * MINUTE)).toBe(false);
    expect((await db.meetings.get(m.id))?.readinessAtStart?.percent).toBe(50);
    expect((await db.meetings.get(m.id))?.updatedAt).toBe(again.updatedAt);
  });

  it('does nothing before the start', async () => {
    const m = await meeting(10 * MINUTE);
    expect(await recordReadinessAtStart(db, m, NOW)).toBe(false);
    expect((await db.meetings.get(m.id))?.readinessAtStart).toBeUndefined();
  });
});

describe('the background at the start time', () => {
  const env = (now: number): BeforeMeetingEnv => ({
    db,
    alarms: fakeBrowser.alarms,
    notifications: fakeBrowser.notifications,
    action: fakeBrowser.action,
    iconUrl: 'icon/128.png',
    now: () => now,
  });

  it('one alarm aims at the next start; firing records it and moves to the following one', async () => {
    const first = await meeting(20 * MINUTE);
    const second = await meeting(2 * HOUR);
    await meeting(HOUR, { status: 'cancelled' });
    expect(await scheduleStartAlarm(db, fakeBrowser.alarms, NOW)).toBe(first.startsAt);
    expect((await fakeBrowser.alarms.get(START_ALARM))?.scheduledTime).toBe(first.startsAt);

    await fakeBrowser.alarms.clear(START_ALARM); // fired
    expect(await onBeforeMeetingAlarm(env(first.startsAt), { name: START_ALARM })).toBe(true);
    expect((await db.meetings.get(first.id))?.readinessAtStart).toMatchObject({ percent: 0 });
    expect((await db.meetings.get(second.id))?.readinessAtStart).toBeUndefined();
    expect((await fakeBrowser.alarms.get(START_ALARM))?.scheduledTime).toBe(second.startsAt);
    const starts = (await fakeBrowser.alarms.getAll()).filter((a) => a.name === START_ALARM);
    expect(starts).toHaveLength(1);
  });

  it('the periodic refresh catches up on starts the alarm missed, within the hour', async () => {
    const a = await meeting(-10 * MINUTE);
    const b = await meeting(-5 * MINUTE);
    const old = await meeting(-2 * HOUR);
    expect(await recordStartedMeetings(db, NOW)).toBe(2);
    for (const m of [a, b]) expect((await db.meetings.get(m.id))?.readinessAtStart).toBeDefined();
    expect((await db.meetings.get(old.id))?.readinessAtStart).toBeUndefined();
    await meetings.update(db, a.id, { status: 'cancelled' });
    expect(await recordStartedMeetings(db, NOW + MINUTE)).toBe(0);
  });

  it('with no meeting ahead, no start alarm stays behind', async () => {
    await fakeBrowser.alarms.create(START_ALARM, { when: NOW + MINUTE });
    expect(await scheduleStartAlarm(db, fakeBrowser.alarms, NOW)).toBeNull();
    expect(await fakeBrowser.alarms.get(START_ALARM)).toBeUndefined();
  });
});
