import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { installListeners } from '@/lib/background';
import { meetingAlarmName } from '@/lib/background/reminders';
import { setItemDone } from '@/lib/db/checklist';
import { commitments, completeCommitment } from '@/lib/db/commitments';
import { contacts } from '@/lib/db/contacts';
import { customers } from '@/lib/db/customers';
import { createMeetingWithChecklist } from '@/lib/db/meetings';
import { CallprepDB } from '@/lib/db/schema';
import { updateSettings } from '@/lib/db/settings';
import {
  affectsBadge,
  changedTables,
  createDataChangedNotifier,
  watchDataChanges,
  type Timers,
} from '@/lib/messaging/data-changed';
import { MESSAGE } from '@/lib/messaging';
import { DAY, HOUR } from '../clock';

const changed = { type: MESSAGE.dataChanged };

/** Timers the test runs by hand: no waiting on the wall clock. */
function manualTimers() {
  const queue = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = {
    set: (fn) => (queue.set(++next, fn), next),
    clear: (h) => void queue.delete(h as number),
  };
  const runAll = () => {
    for (const [h, fn] of [...queue]) {
      queue.delete(h);
      fn();
    }
  };
  return { timers, runAll, pending: () => queue.size };
}

const part = (db: string, table: string, index = '') => ({ [`idb://${db}/${table}/${index}`]: {} });

describe('which writes concern the badge and the reminders', () => {
  it('reads the tables of one database out of Dexie’s mutated parts', () => {
    const parts = {
      ...part('callprep', 'meetings', 'startsAt'),
      ...part('callprep', 'meetings', ':dels'),
      ...part('callprep', 'checklistItems'),
      ...part('other', 'commitments'),
      all: {},
    };
    expect([...changedTables(parts, 'callprep')].sort()).toEqual(['checklistItems', 'meetings']);
  });

  it('meetings, checklists, promises, settings, templates, customers and what the auto rules read count; contacts and questions do not', () => {
    for (const table of [
      'meetings',
      'checklistItems',
      'commitments',
      'settings',
      'templates',
      'customers',
      'goals',
      'news',
      'notes',
    ])
      expect(affectsBadge(part('callprep', table), 'callprep'), table).toBe(true);
    expect(affectsBadge(part('callprep', 'contacts'), 'callprep')).toBe(false);
    expect(affectsBadge(part('callprep', 'questions'), 'callprep')).toBe(false);
    expect(affectsBadge(part('someone-else', 'meetings'), 'callprep')).toBe(false);
    // Dexie's "everything may have changed" after a page comes back from the bfcache
    expect(affectsBadge({ all: {} }, 'callprep')).toBe(false);
  });
});

describe('createDataChangedNotifier', () => {
  it('reports the first write at once and a burst once more at the end of the quiet spell', () => {
    const send = vi.fn();
    const clock = manualTimers();
    const n = createDataChangedNotifier({ dbName: 'callprep', send, timers: clock.timers });
    n.onMutated(part('callprep', 'checklistItems'));
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(changed);
    for (let i = 0; i < 50; i++) n.onMutated(part('callprep', 'customers'));
    expect(send).toHaveBeenCalledTimes(1);
    clock.runAll();
    expect(send).toHaveBeenCalledTimes(2);
    clock.runAll(); // nothing more came: the spell ends quietly
    expect(send).toHaveBeenCalledTimes(2);
    expect(clock.pending()).toBe(0);
    n.onMutated(part('callprep', 'meetings'));
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('ignores writes that change neither, and sends what waits when the page closes', () => {
    const send = vi.fn();
    const clock = manualTimers();
    const n = createDataChangedNotifier({ dbName: 'callprep', send, timers: clock.timers });
    n.onMutated(part('callprep', 'contacts'));
    expect(send).not.toHaveBeenCalled();
    n.onMutated(part('callprep', 'commitments'));
    n.onMutated(part('callprep', 'commitments'));
    expect(send).toHaveBeenCalledTimes(1);
    n.flush();
    expect(send).toHaveBeenCalledTimes(2);
    n.flush();
    expect(send).toHaveBeenCalledTimes(2);
    n.dispose();
    expect(clock.pending()).toBe(0);
  });
});

describe('watchDataChanges with real Dexie writes', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('a page’s writes to promises, checklists and settings reach the background; contacts do not', async () => {
    const db = new CallprepDB(`changes-${crypto.randomUUID()}`);
    const customer = await customers.create(db, { name: 'Northwind Logistics' });
    const send = vi.fn();
    const clock = manualTimers();
    stop = watchDataChanges({ dbName: db.name, send, timers: clock.timers, page: null });

    await contacts.create(db, { customerId: customer.id, name: 'Maya', emails: ['m@n.example'] });
    expect(send).not.toHaveBeenCalled();

    const promise = await commitments.create(db, {
      customerId: customer.id,
      text: 'Send the answers',
      owner: 'us',
      dueAt: Date.now() - DAY,
    });
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenLastCalledWith(changed);
    clock.runAll();

    await completeCommitment(db, promise.id);
    expect(send).toHaveBeenCalledTimes(2);
    clock.runAll();

    await updateSettings(db, { reminderMinutes: 45 });
    expect(send).toHaveBeenCalledTimes(3);
    clock.runAll();

    stop();
    stop = undefined;
    await updateSettings(db, { reminderMinutes: 30 });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('closing the page sends the change still waiting for its quiet spell', async () => {
    const db = new CallprepDB(`changes-${crypto.randomUUID()}`);
    const customer = await customers.create(db, { name: 'Northwind Logistics' });
    const { items } = await createMeetingWithChecklist(
      db,
      { customerId: customer.id, title: 'Check-in', startsAt: Date.now() + HOUR },
      [{ text: 'Laptop charged', section: 'Be there', required: true, weight: 1, rule: null }],
    );
    const send = vi.fn();
    const clock = manualTimers();
    const page = new EventTarget();
    stop = watchDataChanges({ dbName: db.name, send, timers: clock.timers, page });
    await setItemDone(db, items[0]!.id, true);
    await setItemDone(db, items[0]!.id, false);
    expect(send).toHaveBeenCalledTimes(1);
    page.dispatchEvent(new Event('pagehide'));
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('the side panel marks the overdue promise done: the red ! leaves, and a later lead time is scheduled, without waiting for the refresh', async () => {
    const db = new CallprepDB(`changes-${crypto.randomUUID()}`);
    const customer = await customers.create(db, { name: 'Northwind Logistics' });
    const promise = await commitments.create(db, {
      customerId: customer.id,
      text: 'Send the answers',
      owner: 'us',
      dueAt: Date.now() - DAY,
    });
    const { meeting } = await createMeetingWithChecklist(
      db,
      { customerId: customer.id, title: 'Check-in', startsAt: Date.now() + 2 * HOUR },
      [],
    );
    installListeners(fakeBrowser, () => db);
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('!');

    // The page's messages reach the background as our own pages' messages do.
    const send = (message: unknown) =>
      fakeBrowser.runtime.onMessage.trigger(message, {
        id: fakeBrowser.runtime.id,
        url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html`,
      });
    stop = watchDataChanges({ dbName: db.name, send, page: null, quietMs: 0 });

    await completeCommitment(db, promise.id);
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).not.toBe('!');

    const alarm = meetingAlarmName(meeting.id);
    const before = (await fakeBrowser.alarms.get(alarm))?.scheduledTime;
    await updateSettings(db, { reminderMinutes: 60 });
    await expect
      .poll(async () => (await fakeBrowser.alarms.get(alarm))?.scheduledTime)
      .toBe(meeting.startsAt - 60 * 60_000);
    expect(before).toBe(meeting.startsAt - 15 * 60_000);
  });
});
