import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createMeetingWithChecklist, meetings } from '@/lib/db/meetings';
import { commitments } from '@/lib/db/commitments';
import { customers } from '@/lib/db/customers';
import { goals } from '@/lib/db/goals';
import { setItemDone } from '@/lib/db/checklist';
import { updateSettings } from '@/lib/db/settings';
import { CallprepDB } from '@/lib/db/schema';
import type { TemplateItem } from '@/lib/db/models';
import { readPanelTarget } from '@/lib/session/panel-target';
import {
  onBeforeMeetingAlarm,
  onReminderClicked,
  refreshBeforeMeeting,
  type BeforeMeetingEnv,
} from '@/lib/background/before-meeting';
import { BADGE_COLORS, computeReadinessBadge } from '@/lib/background/readiness-badge';
import {
  REFRESH_ALARM,
  meetingAlarmName,
  reminderText,
  scheduleReminders,
} from '@/lib/background/reminders';
import { scoreReadiness } from '@/lib/readiness/score';
import { DAY, HOUR, MINUTE as MIN, utc } from '../clock';

const NOW = utc(2026, 11, 23, 8, 0);

/** What the tests read of a shown notification. */
type Notice = { title: string; message: string; contextMessage?: string };

const ITEMS: TemplateItem[] = [
  {
    text: 'Re-read their goals',
    section: 'Goals',
    required: true,
    weight: 2,
    rule: 'has-open-goal',
  },
  { text: 'Three questions', section: 'Goals', required: true, weight: 2, rule: null },
  { text: 'Laptop charged', section: 'Be there', required: false, weight: 1, rule: null },
];

let db: CallprepDB;
let env: BeforeMeetingEnv;
let customerId: string;

async function meeting(startsIn: number, title = 'Pilot check-in', extra = {}) {
  return createMeetingWithChecklist(
    db,
    { customerId, title, startsAt: NOW + startsIn, ...extra },
    ITEMS,
    () => NOW,
  );
}

const alarmNames = async () => (await fakeBrowser.alarms.getAll()).map((a) => a.name).sort();

beforeEach(async () => {
  db = new CallprepDB(`test-${crypto.randomUUID()}`);
  customerId = (await customers.create(db, { name: 'Northwind Logistics' })).id;
  env = {
    db,
    alarms: fakeBrowser.alarms,
    notifications: fakeBrowser.notifications,
    action: fakeBrowser.action,
    iconUrl: 'icon/128.png',
    now: () => NOW,
  };
});

describe('scheduleReminders', () => {
  it('sets one alarm per upcoming meeting at start minus reminderMinutes, plus refresh', async () => {
    const { meeting: a } = await meeting(2 * HOUR);
    const { meeting: b } = await meeting(DAY, 'Proposal review');
    await meeting(-DAY, 'Last week');
    await meeting(10 * DAY, 'Far away');
    await scheduleReminders(db, fakeBrowser.alarms, NOW);
    expect(await alarmNames()).toEqual(
      [meetingAlarmName(a.id), meetingAlarmName(b.id), REFRESH_ALARM].sort(),
    );
    expect((await fakeBrowser.alarms.get(meetingAlarmName(a.id)))?.scheduledTime).toBe(
      NOW + 2 * HOUR - 15 * MIN,
    );
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.periodInMinutes).toBe(5);
  });

  it('follows settings.reminderMinutes and skips reminders whose time has passed', async () => {
    await updateSettings(db, { reminderMinutes: 30 });
    const { meeting: soon } = await meeting(20 * MIN);
    const { meeting: later } = await meeting(HOUR);
    await scheduleReminders(db, fakeBrowser.alarms, NOW);
    expect(await fakeBrowser.alarms.get(meetingAlarmName(soon.id))).toBeUndefined();
    expect((await fakeBrowser.alarms.get(meetingAlarmName(later.id)))?.scheduledTime).toBe(
      NOW + 30 * MIN,
    );
  });

  it('reschedules a moved meeting and clears a cancelled or deleted one', async () => {
    const { meeting: moved } = await meeting(2 * HOUR);
    const { meeting: cancelled } = await meeting(3 * HOUR);
    const { meeting: deleted } = await meeting(4 * HOUR);
    await scheduleReminders(db, fakeBrowser.alarms, NOW);
    expect(await alarmNames()).toHaveLength(4);

    await meetings.update(db, moved.id, { startsAt: NOW + 5 * HOUR });
    await meetings.update(db, cancelled.id, { status: 'cancelled' });
    await meetings.remove(db, deleted.id);
    const result = await scheduleReminders(db, fakeBrowser.alarms, NOW + MIN);
    expect(result.cleared.sort()).toEqual(
      [meetingAlarmName(cancelled.id), meetingAlarmName(deleted.id)].sort(),
    );
    expect(result.scheduled).toEqual([meetingAlarmName(moved.id)]);
    expect(await alarmNames()).toEqual([meetingAlarmName(moved.id), REFRESH_ALARM].sort());
    expect((await fakeBrowser.alarms.get(meetingAlarmName(moved.id)))?.scheduledTime).toBe(
      NOW + 5 * HOUR - 15 * MIN,
    );
  });

  it('is idempotent: an unchanged meeting keeps its alarm', async () => {
    await meeting(2 * HOUR);
    await scheduleReminders(db, fakeBrowser.alarms, NOW);
    const again = await scheduleReminders(db, fakeBrowser.alarms, NOW + MIN);
    expect(again.scheduled).toEqual([]);
    expect(again.kept).toHaveLength(1);
  });

  it('leaves alarms that are not ours alone', async () => {
    fakeBrowser.alarms.create('someone-else', { delayInMinutes: 1 });
    await scheduleReminders(db, fakeBrowser.alarms, NOW);
    expect(await alarmNames()).toContain('someone-else');
  });
});

describe('reminder notification', () => {
  it('says how ready the meeting is and the first open required item', async () => {
    const { meeting: m } = await meeting(15 * MIN);
    await onBeforeMeetingAlarm(env, { name: meetingAlarmName(m.id) });
    const all = (await fakeBrowser.notifications.getAll()) as Record<string, Notice>;
    const shown = all[meetingAlarmName(m.id)]!;
    expect(shown.title).toBe('In 15 minutes: Pilot check-in');
    // has-open-goal fails (no goals): 0 of 5 weight done.
    expect(shown.message).toBe(
      '0% ready. First: Re-read their goals (No open goal yet: ask what they want to accomplish)',
    );
    expect(shown.contextMessage).toMatch(/^Northwind Logistics · /);
  });

  it('says Ready when every item is done', async () => {
    const { meeting: m, items } = await meeting(15 * MIN);
    await goals.create(db, { customerId, statement: 'Cut onboarding to 2 weeks' });
    for (const i of items.slice(1)) await setItemDone(db, i.id, true, () => NOW);
    await onBeforeMeetingAlarm(env, { name: meetingAlarmName(m.id) });
    const shown = ((await fakeBrowser.notifications.getAll()) as Record<string, Notice>)[
      meetingAlarmName(m.id)
    ]!;
    expect(shown.message).toBe('Ready: every item is done.');
  });

  it('shows nothing for a cancelled or deleted meeting', async () => {
    const { meeting: m } = await meeting(15 * MIN, 'x', { status: 'cancelled' });
    await onBeforeMeetingAlarm(env, { name: meetingAlarmName(m.id) });
    await onBeforeMeetingAlarm(env, { name: meetingAlarmName('gone') });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('reminderText covers a meeting without a checklist', () => {
    const text = reminderText(
      { title: 'Chat', startsAt: NOW + 5 * MIN },
      { name: 'Acme' },
      scoreReadiness([]),
      NOW,
      () => '08:05',
    );
    expect(text).toEqual({
      title: 'In 5 minutes: Chat',
      message: 'Acme · no checklist for this meeting.',
      contextMessage: 'Acme · 08:05',
    });
  });

  it('a click opens the side panel on the meeting’s customer', async () => {
    const { meeting: m } = await meeting(15 * MIN);
    await onBeforeMeetingAlarm(env, { name: meetingAlarmName(m.id) });
    const open = vi.fn(async (_: { windowId: number }) => {});
    const result = await onReminderClicked(
      {
        db,
        session: fakeBrowser.storage.session,
        notifications: env.notifications,
        now: () => NOW,
      },
      { sidePanel: { open } },
      meetingAlarmName(m.id),
    );
    expect(result).toBe('sidepanel');
    expect(open).toHaveBeenCalledWith({ windowId: -2 });
    expect(await readPanelTarget(fakeBrowser.storage.session)).toEqual({
      customerId,
      meetingId: m.id,
      at: NOW,
    });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('falls back to the panel page when the side panel refuses', async () => {
    const { meeting: m } = await meeting(15 * MIN);
    const fallback = vi.fn(async () => {});
    const result = await onReminderClicked(
      { db, session: fakeBrowser.storage.session, notifications: env.notifications },
      { sidePanel: { open: () => Promise.reject(new Error('no gesture')) }, fallback },
      meetingAlarmName(m.id),
    );
    expect(result).toBe('fallback');
    expect(fallback).toHaveBeenCalled();
  });
});

describe('readiness badge', () => {
  const badge = async () => ({
    text: await fakeBrowser.action.getBadgeText({}),
    color: await fakeBrowser.action.getBadgeBackgroundColor({}),
    title: await fakeBrowser.action.getTitle({}),
  });
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

  it('shows the next meeting’s readiness, amber while partly ready', async () => {
    const { items } = await meeting(2 * HOUR);
    await setItemDone(db, items[1]!.id, true, () => NOW);
    await refreshBeforeMeeting(env);
    const b = await badge();
    expect(b.text).toBe('40%');
    expect(b.color.slice(0, 3)).toEqual(rgb(BADGE_COLORS.partial));
    expect(b.title).toMatch(/next: Pilot check-in with Northwind Logistics in 2 hours: 40% ready/);
  });

  it('turns green when the next meeting is ready', async () => {
    const { items } = await meeting(2 * HOUR);
    await goals.create(db, { customerId, statement: 'Cut onboarding to 2 weeks' });
    await setItemDone(db, items[1]!.id, true, () => NOW);
    await refreshBeforeMeeting(env);
    const b = await badge();
    expect(b.text).toBe('80%');
    expect(b.color.slice(0, 3)).toEqual(rgb(BADGE_COLORS.ready));
  });

  it('shows a red ! while a promise of ours is overdue, whatever the readiness', async () => {
    await meeting(2 * HOUR);
    await commitments.create(db, {
      customerId,
      text: 'Send the security review answers',
      owner: 'us',
      dueAt: NOW - 2 * DAY,
    });
    await commitments.create(db, {
      customerId,
      text: 'Floor plans',
      owner: 'them',
      dueAt: NOW - DAY,
    });
    await refreshBeforeMeeting(env);
    const b = await badge();
    expect(b.text).toBe('!');
    expect(b.color.slice(0, 3)).toEqual(rgb(BADGE_COLORS.overdue));
    expect(b.title).toContain(
      '“Send the security review answers” to Northwind Logistics, due 2 days ago',
    );
  });

  it('is empty with no meeting in the coming hours', async () => {
    await meeting(2 * DAY);
    expect((await computeReadinessBadge(db, NOW)).text).toBe('');
  });

  it('updates on the periodic refresh alarm as time passes', async () => {
    await meeting(14 * HOUR);
    await refreshBeforeMeeting(env);
    expect((await badge()).text).toBe('');
    await onBeforeMeetingAlarm({ ...env, now: () => NOW + 3 * HOUR }, { name: REFRESH_ALARM });
    expect((await badge()).text).toBe('0%');
  });
});
