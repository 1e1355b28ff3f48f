import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { commitments } from '@/lib/db/commitments';
import { customers } from '@/lib/db/customers';
import { createMeetingWithChecklist } from '@/lib/db/meetings';
import { CallprepDB } from '@/lib/db/schema';
import { installListeners } from '@/lib/background';
import { refreshBeforeMeeting } from '@/lib/background/before-meeting';
import { readGlobalBadge } from '@/lib/background/readiness-badge';
import { GLOBAL_BADGE_KEY } from '@/lib/session/keys';
import { REFRESH_ALARM, meetingAlarmName } from '@/lib/background/reminders';
import { MESSAGE } from '@/lib/messaging';
import type { Match } from '@/lib/match/types';
import { writeTabState } from '@/lib/session/tab-state';
import { DAY, HOUR } from '../clock';

let db: CallprepDB;
let customerId: string;

const match = (name: string): Match => ({
  customerId,
  name,
  confidence: 1,
  reason: 'email domain northwind-logistics.com',
  via: 'domain',
  candidates: [],
  ambiguous: false,
});

beforeEach(async () => {
  db = new CallprepDB(`wiring-${crypto.randomUUID()}`);
  customerId = (await customers.create(db, { name: 'Northwind Logistics' })).id;
});

const env = () => ({
  db,
  alarms: fakeBrowser.alarms,
  notifications: fakeBrowser.notifications,
  action: fakeBrowser.action,
  iconUrl: 'icon/128.png',
  session: fakeBrowser.storage.session,
});

describe('per-tab badges and the global badge', () => {
  it('an overdue promise shows ! on recognized tabs too; unmatched tabs follow the global badge', async () => {
    await writeTabState(fakeBrowser.storage.session, 7, {
      signal: null,
      match: match('Northwind Logistics'),
      at: 0,
    });
    await writeTabState(fakeBrowser.storage.session, 8, { signal: null, match: null, at: 0 });
    await commitments.create(db, {
      customerId,
      text: 'Send the answers',
      owner: 'us',
      dueAt: Date.now() - DAY,
    });
    await refreshBeforeMeeting(env());
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('!');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toMatch(
      /overdue promise.*This tab: Northwind Logistics/,
    );
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    // Tab 8 has no text of its own (null reset), so the browser shows the global `!`.
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
    expect((await readGlobalBadge(fakeBrowser.storage.session))?.kind).toBe('overdue');
  });

  it('without an overdue promise a recognized tab shows the next meeting’s readiness, its match in the tooltip', async () => {
    await writeTabState(fakeBrowser.storage.session, 7, {
      signal: null,
      match: match('Northwind Logistics'),
      at: 0,
    });
    await createMeetingWithChecklist(
      db,
      { customerId, title: 'Check-in', startsAt: Date.now() + 2 * HOUR },
      [{ text: 'Agenda', section: '', required: true, weight: 1, rule: null }],
    );
    await refreshBeforeMeeting(env());
    expect(await fakeBrowser.action.getBadgeText({})).toBe('0%');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('0%');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toMatch(
      /^Callprep — next: Check-in with Northwind Logistics .* · This tab: Northwind Logistics \(email domain northwind-logistics\.com\)$/,
    );
    expect(
      (await fakeBrowser.storage.session.get(GLOBAL_BADGE_KEY))[GLOBAL_BADGE_KEY],
    ).toMatchObject({
      kind: 'meeting',
      text: '0%',
    });
  });

  it('with no meeting in the coming hours and nothing overdue, a recognized tab shows its match mark', async () => {
    await writeTabState(fakeBrowser.storage.session, 7, {
      signal: null,
      match: match('Northwind Logistics'),
      at: 0,
    });
    await createMeetingWithChecklist(
      db,
      { customerId, title: 'Next week', startsAt: Date.now() + 7 * DAY },
      [{ text: 'Agenda', section: '', required: true, weight: 1, rule: null }],
    );
    await refreshBeforeMeeting(env());
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('●');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe(
      'Callprep — Northwind Logistics (email domain northwind-logistics.com)',
    );
  });
});

describe('installBeforeMeeting', () => {
  it('reschedules on start, on dataChanged from our pages only, and on the refresh alarm', async () => {
    installListeners(fakeBrowser, () => db);
    await expect
      .poll(async () => (await fakeBrowser.alarms.get(REFRESH_ALARM))?.periodInMinutes)
      .toBe(5);

    const { meeting } = await createMeetingWithChecklist(
      db,
      {
        customerId,
        title: 'Check-in',
        startsAt: Date.now() + 3 * HOUR,
      },
      [],
    );
    // Someone else's message is ignored.
    await fakeBrowser.runtime.onMessage.trigger(
      { type: MESSAGE.dataChanged },
      { id: 'another-extension' },
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(await fakeBrowser.alarms.get(meetingAlarmName(meeting.id))).toBeUndefined();

    await fakeBrowser.runtime.onMessage.trigger(
      { type: MESSAGE.dataChanged },
      {
        id: fakeBrowser.runtime.id,
        url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html`,
      },
    );
    await expect.poll(() => fakeBrowser.alarms.get(meetingAlarmName(meeting.id))).toBeDefined();

    await db.meetings.update(meeting.id, { status: 'cancelled' });
    await fakeBrowser.alarms.onAlarm.trigger({ name: REFRESH_ALARM, scheduledTime: Date.now() });
    await expect.poll(() => fakeBrowser.alarms.get(meetingAlarmName(meeting.id))).toBeUndefined();
  });
});
