import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { commitments } from '@/lib/db/commitments';
import { customers } from '@/lib/db/customers';
import { meetingSchema } from '@/lib/db/models';
import { CallprepDB } from '@/lib/db/schema';
import {
  onBeforeMeetingAlarm,
  refreshBeforeMeeting,
  type BeforeMeetingEnv,
} from '@/lib/background/before-meeting';
import type { AlarmsApi } from '@/lib/background/browser-types';
import {
  MAX_REMINDER_ALARMS,
  MEETING_ALARM_PREFIX,
  NEXT_BATCH_ALARM,
  REFRESH_ALARM,
  meetingAlarmName,
} from '@/lib/background/reminders';
import { DAY, MINUTE, utc } from '../clock';

/**
 * Issue 18: Chrome allows 500 alarms per extension and `alarms.create` throws
 * past that; with ~500 meetings in the next 48 hours the refresh threw, the
 * badge stopped updating and later meetings got no reminder. fakeBrowser keeps
 * any number of alarms, so the browser's limit is put on it here.
 */
const CHROME_ALARM_LIMIT = 500;
const NOW = utc(2026, 11, 23, 8, 0);
const COUNT = 1_000;
/** 1,000 meetings in the next 42 hours, every 2.5 minutes from an hour from now. */
const startOf = (i: number) => NOW + 60 * MINUTE + i * 2.5 * MINUTE;

/** fakeBrowser's alarms, with Chrome's limit: creating a 501st alarm throws. */
function limitedAlarms(): AlarmsApi & { created: number } {
  const alarms = fakeBrowser.alarms;
  const limited = {
    created: 0,
    async create(
      name: string,
      info: { when?: number; delayInMinutes?: number; periodInMinutes?: number },
    ) {
      const all = await alarms.getAll();
      if (!all.some((a) => a.name === name) && all.length >= CHROME_ALARM_LIMIT)
        throw new Error('Error at parameter "name": too many alarms');
      limited.created++;
      return alarms.create(name, info);
    },
    clear: (name: string) => alarms.clear(name),
    getAll: () => alarms.getAll(),
    get: (name: string) => alarms.get(name),
  };
  return limited;
}

let db: CallprepDB;
let ids: string[];
let env: BeforeMeetingEnv & { alarms: ReturnType<typeof limitedAlarms> };

beforeEach(async () => {
  db = new CallprepDB(`test-${crypto.randomUUID()}`);
  const customerId = (await customers.create(db, { name: 'Northwind Logistics' })).id;
  ids = Array.from({ length: COUNT }, (_, i) => `m-${String(i).padStart(4, '0')}`);
  // Added in reverse, so the nearest are not simply the first rows read.
  await db.meetings.bulkAdd(
    ids
      .map((id, i) =>
        meetingSchema.parse({
          id,
          customerId,
          title: `Call ${i}`,
          startsAt: startOf(i),
          createdAt: NOW,
          updatedAt: NOW,
        }),
      )
      .reverse(),
  );
  await commitments.create(db, {
    customerId,
    text: 'Send the plan',
    owner: 'us',
    dueAt: NOW - DAY,
  });
  env = {
    db,
    alarms: limitedAlarms(),
    notifications: fakeBrowser.notifications,
    action: fakeBrowser.action,
    iconUrl: 'icon/128.png',
    now: () => NOW,
  };
});

const meetingAlarms = async () =>
  (await fakeBrowser.alarms.getAll()).filter((a) => a.name.startsWith(MEETING_ALARM_PREFIX));

describe('more meetings in the next 48 hours than Chrome has alarms', () => {
  it('schedules the nearest reminders only, one alarm for the next batch, and the badge still updates', async () => {
    await refreshBeforeMeeting(env);
    const scheduled = await meetingAlarms();
    expect(scheduled).toHaveLength(MAX_REMINDER_ALARMS);
    expect(scheduled.map((a) => a.name).sort()).toEqual(
      ids.slice(0, MAX_REMINDER_ALARMS).map(meetingAlarmName).sort(),
    );
    const all = await fakeBrowser.alarms.getAll();
    expect(all.length).toBeLessThanOrEqual(MAX_REMINDER_ALARMS + 2);
    expect(env.alarms.created).toBe(MAX_REMINDER_ALARMS + 2); // the reminders, the batch, the refresh
    const batch = await fakeBrowser.alarms.get(NEXT_BATCH_ALARM);
    expect(batch?.scheduledTime).toBe(startOf(MAX_REMINDER_ALARMS - 1) - 15 * MINUTE);
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeDefined();
    // The overdue promise's `!` is shown whatever the alarms did.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');

    // A refresh with nothing changed creates nothing more.
    await refreshBeforeMeeting(env);
    expect(env.alarms.created).toBe(MAX_REMINDER_ALARMS + 2);
  });

  it('the next-batch alarm schedules the following reminders when the first batch has fired', async () => {
    await refreshBeforeMeeting(env);
    const batchAt = (await fakeBrowser.alarms.get(NEXT_BATCH_ALARM))!.scheduledTime;
    // The browser drops alarms that fired.
    for (const a of await fakeBrowser.alarms.getAll())
      if (a.scheduledTime <= batchAt) await fakeBrowser.alarms.clear(a.name);
    const later = { ...env, now: () => batchAt };
    expect(await onBeforeMeetingAlarm(later, { name: NEXT_BATCH_ALARM })).toBe(true);
    const names = (await meetingAlarms()).map((a) => a.name).sort();
    expect(names).toEqual(
      ids
        .slice(MAX_REMINDER_ALARMS, 2 * MAX_REMINDER_ALARMS)
        .map(meetingAlarmName)
        .sort(),
    );
    expect((await fakeBrowser.alarms.get(NEXT_BATCH_ALARM))?.scheduledTime).toBe(
      startOf(2 * MAX_REMINDER_ALARMS - 1) - 15 * MINUTE,
    );
  });

  it('with few meetings left, no next-batch alarm stays behind', async () => {
    await refreshBeforeMeeting(env);
    await db.meetings.where('id').anyOf(ids.slice(10)).delete();
    await refreshBeforeMeeting(env);
    expect(await meetingAlarms()).toHaveLength(10);
    expect(await fakeBrowser.alarms.get(NEXT_BATCH_ALARM)).toBeUndefined();
  });
});
