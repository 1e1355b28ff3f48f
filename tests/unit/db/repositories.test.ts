import { describe, expect, it } from 'vitest';
import { checklistItems, listChecklist, setItemDone } from '@/lib/db/checklist';
import {
  commitments,
  completeCommitment,
  isOverdue,
  listCommitments,
  listOverdueOfOurs,
  reopenCommitment,
} from '@/lib/db/commitments';
import { contacts, findContactByEmail, listContacts } from '@/lib/db/contacts';
import { customers, deleteCustomer, listCustomers } from '@/lib/db/customers';
import { MissingRecordError, ValidationError } from '@/lib/db/errors';
import { goals, listGoals, reorderGoals } from '@/lib/db/goals';
import {
  createMeetingWithChecklist,
  deleteMeeting,
  findMeetingByExternalId,
  listCustomerMeetings,
  listMeetingsBetween,
  meetings,
  pastMeetings,
  pickCurrentMeeting,
} from '@/lib/db/meetings';
import { listMeetingNotes, listNotes, notes } from '@/lib/db/notes';
import { listNews, markNewsShared, news } from '@/lib/db/news';
import { listQuestions, markQuestionAsked, questions } from '@/lib/db/questions';
import { referrals } from '@/lib/db/referrals';
import { getSettings, updateSettings } from '@/lib/db/settings';
import { listTemplates, templates } from '@/lib/db/templates';
import { dumpAll, freshDb, manualClock } from './helpers';
import { DAY, HOUR } from '../clock';

async function rejects(promise: Promise<unknown>, field: string, message: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  const problem = (error as ValidationError).problems.find((p) => p.field === field);
  expect(problem, `a problem with ${field}`).toBeDefined();
  expect(problem!.message).toMatch(message);
  return error as ValidationError;
}

describe('customers', () => {
  it('creates a customer with a normalized name key and clean domains', async () => {
    const db = freshDb();
    const c = await customers.create(db, {
      name: '  ACME,   Inc. ',
      domains: ['https://www.Acme.com/about'],
      crmRefs: ['salesforce:Account:001D000000IqhSLIAZ'],
    });
    expect(c.name).toBe('ACME, Inc.');
    expect(c.nameKey).toBe('acme');
    expect(c.nameTokens).toEqual(['acme']);
    expect(c.domains).toEqual(['acme.com']);
    expect(await db.customers.where('domains').equals('acme.com').count()).toBe(1);
    expect(
      await db.customers.where('crmRefs').equals('salesforce:Account:001D000000IqhSLIAZ').count(),
    ).toBe(1);
  });

  it('rejects a missing name with a clear message and writes nothing', async () => {
    const db = freshDb();
    const error = await rejects(customers.create(db, { name: '   ' }), 'name', /required/);
    expect(error.message).toBe('Customer: name is required');
    expect(await db.customers.count()).toBe(0);
  });

  it('rejects a bad domain and a bad CRM reference', async () => {
    const db = freshDb();
    await rejects(
      customers.create(db, { name: 'Acme', domains: ['not a domain'] }),
      'domains.0',
      /valid domain/,
    );
    await rejects(
      customers.create(db, { name: 'Acme', crmRefs: ['001D000000IqhSL'] }),
      'crmRefs.0',
      /CRM reference/,
    );
    expect(await db.customers.count()).toBe(0);
  });

  it('updates a customer, recomputes its name key, and keeps createdAt', async () => {
    const db = freshDb();
    const clock = manualClock();
    const c = await customers.create(db, { name: 'Globex' }, clock);
    clock.advance(1000);
    const updated = await customers.update(db, c.id, { name: 'Globex Corporation GmbH' }, clock);
    expect(updated.nameKey).toBe('globex');
    expect(updated.createdAt).toBe(c.createdAt);
    expect(updated.updatedAt).toBe(c.updatedAt + 1000);
    expect(await customers.get(db, c.id)).toEqual(updated);
  });

  it('refuses an invalid update and leaves the row as it was', async () => {
    const db = freshDb();
    const c = await customers.create(db, { name: 'Globex' });
    await rejects(customers.update(db, c.id, { name: '' }), 'name', /required/);
    expect(await customers.get(db, c.id)).toEqual(c);
  });

  it('says so when updating a customer that does not exist', async () => {
    const db = freshDb();
    await expect(customers.update(db, 'nope', { name: 'X' })).rejects.toBeInstanceOf(
      MissingRecordError,
    );
    await expect(customers.getOrThrow(db, 'nope')).rejects.toThrow(/does not exist/);
  });

  it('lists customers by name', async () => {
    const db = freshDb();
    for (const name of ['Umbrella', 'acme', 'Globex']) await customers.create(db, { name });
    expect((await listCustomers(db)).map((c) => c.name)).toEqual(['acme', 'Globex', 'Umbrella']);
  });

  it('deletes a customer with everything under it, and nothing of other customers', async () => {
    const db = freshDb();
    const keep = await customers.create(db, { name: 'Keep' });
    const gone = await customers.create(db, { name: 'Gone' });
    for (const c of [keep, gone]) {
      await contacts.create(db, {
        customerId: c.id,
        name: 'P',
        emails: [`p@${c.name.toLowerCase()}.com`],
      });
      await goals.create(db, { customerId: c.id, statement: 'Grow' });
      const { meeting } = await createMeetingWithChecklist(
        db,
        { customerId: c.id, title: 'Call', startsAt: DAY },
        [{ text: 'Prepare', section: '', required: true, weight: 1, rule: null }],
      );
      await commitments.create(db, { customerId: c.id, text: 'Send', owner: 'us' });
      await notes.create(db, { customerId: c.id, meetingId: meeting.id, body: 'n' });
      await news.create(db, { customerId: c.id, text: 'News' });
      await questions.create(db, { customerId: c.id, text: 'Why?' });
      await referrals.create(db, { customerId: c.id, kind: 'ask', at: DAY });
    }
    await deleteCustomer(db, gone.id);
    const all = await dumpAll(db);
    for (const [table, rows] of Object.entries(all)) {
      if (table === 'templates' || table === 'settings') continue;
      expect(rows, table).toHaveLength(1);
    }
    expect(await db.customers.get(gone.id)).toBeUndefined();
    expect(await db.checklistItems.count()).toBe(1);
  });
});

describe('contacts', () => {
  it('creates, finds by email (case-insensitive), lists, updates and removes', async () => {
    const db = freshDb();
    const c = await customers.create(db, { name: 'Acme' });
    const ada = await contacts.create(db, {
      customerId: c.id,
      name: ' Ada  Lovelace ',
      emails: [' ADA@Acme.com '],
    });
    expect(ada.name).toBe('Ada Lovelace');
    expect(ada.emails).toEqual(['ada@acme.com']);
    expect((await findContactByEmail(db, 'Ada@ACME.com'))?.id).toBe(ada.id);
    await contacts.create(db, { customerId: c.id, name: 'Brian' });
    expect((await listContacts(db, c.id)).map((p) => p.name)).toEqual(['Ada Lovelace', 'Brian']);
    await contacts.update(db, ada.id, { title: 'CTO' });
    expect((await contacts.get(db, ada.id))?.title).toBe('CTO');
    await contacts.remove(db, ada.id);
    expect(await listContacts(db, c.id)).toHaveLength(1);
  });

  it('rejects an invalid email and writes nothing', async () => {
    const db = freshDb();
    await rejects(
      contacts.create(db, { customerId: 'c1', name: 'Ada', emails: ['ada-at-acme'] }),
      'emails.0',
      /valid email/,
    );
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('goals', () => {
  it('keeps live goals first in their order, then achieved, then dropped', async () => {
    const db = freshDb();
    const g = async (
      statement: string,
      status: 'open' | 'in_progress' | 'achieved' | 'dropped',
      priority: number,
    ) => goals.create(db, { customerId: 'c', statement, status, priority });
    await g('dropped', 'dropped', 0);
    await g('achieved', 'achieved', 0);
    const b = await g('second', 'open', 2);
    const a = await g('first', 'in_progress', 1);
    expect((await listGoals(db, 'c')).map((x) => x.statement)).toEqual([
      'first',
      'second',
      'achieved',
      'dropped',
    ]);
    await reorderGoals(db, [b.id, a.id]);
    expect((await listGoals(db, 'c'))[0]!.statement).toBe('first'); // in progress still leads
    await goals.update(db, a.id, { status: 'open' });
    expect((await listGoals(db, 'c')).map((x) => x.statement).slice(0, 2)).toEqual([
      'second',
      'first',
    ]);
  });

  it('rejects an empty statement, a progress over 100 and a target date that is not a date', async () => {
    const db = freshDb();
    await rejects(goals.create(db, { customerId: 'c', statement: '' }), 'statement', /required/);
    await rejects(
      goals.create(db, { customerId: 'c', statement: 'x', progress: 140 }),
      'progress',
      /100/,
    );
    await rejects(
      goals.create(db, { customerId: 'c', statement: 'x', targetDate: 'next Friday' }),
      'targetDate',
      /not a valid date/,
    );
    expect(await db.goals.count()).toBe(0);
  });

  it('accepts an ISO date for the target and stores epoch milliseconds', async () => {
    const db = freshDb();
    const goal = await goals.create(db, {
      customerId: 'c',
      statement: 'x',
      targetDate: '2027-01-31T00:00:00Z',
    });
    expect(goal.targetDate).toBe(Date.UTC(2027, 0, 31));
  });
});

describe('meetings and checklists', () => {
  const items = [
    {
      text: 'Re-read their goals',
      section: 'Know their goals',
      required: true,
      weight: 2,
      rule: 'has-open-goal' as const,
    },
    { text: 'Charge the laptop', section: 'Be there', required: false, weight: 1, rule: null },
  ];

  it('creates a meeting with its checklist from template items, in order', async () => {
    const db = freshDb();
    const { meeting } = await createMeetingWithChecklist(
      db,
      { customerId: 'c', title: 'Discovery', startsAt: 5 * DAY, templateId: 'builtin-discovery' },
      items,
    );
    const list = await listChecklist(db, meeting.id);
    expect(list.map((i) => i.text)).toEqual(['Re-read their goals', 'Charge the laptop']);
    expect(list.every((i) => !i.done)).toBe(true);
    expect(list[0]!.rule).toBe('has-open-goal');
  });

  it('rejects a meeting that ends before it starts, writing neither meeting nor items', async () => {
    const db = freshDb();
    await rejects(
      createMeetingWithChecklist(
        db,
        { customerId: 'c', title: 'x', startsAt: 2 * DAY, endsAt: DAY },
        items,
      ),
      'endsAt',
      /before the start/,
    );
    await rejects(
      meetings.create(db, { customerId: 'c', title: 'x', startsAt: 'soon' }),
      'startsAt',
      /not a valid date/,
    );
    expect(await db.meetings.count()).toBe(0);
    expect(await db.checklistItems.count()).toBe(0);
  });

  it('ticks and unticks an item with the time it was done', async () => {
    const db = freshDb();
    const clock = manualClock();
    const {
      items: [first],
    } = await createMeetingWithChecklist(db, { customerId: 'c', title: 'x', startsAt: DAY }, items);
    const done = await setItemDone(db, first!.id, true, clock);
    expect(done).toMatchObject({ done: true, doneAt: clock() });
    expect(await setItemDone(db, first!.id, false, clock)).toMatchObject({
      done: false,
      doneAt: null,
    });
    await checklistItems.update(db, first!.id, { text: 'Re-read what they want' });
    expect((await listChecklist(db, first!.meetingId))[0]!.text).toBe('Re-read what they want');
    await rejects(checklistItems.update(db, first!.id, { text: ' ' }), 'text', /required/);
  });

  it('lists planned meetings in a window, finds the current one and the history', async () => {
    const db = freshDb();
    const now = 100 * DAY;
    const at = (
      startsAt: number,
      status: 'planned' | 'done' | 'cancelled' = 'planned',
      externalId: string | null = null,
    ) =>
      meetings.create(db, {
        customerId: 'c',
        title: `m${startsAt}`,
        startsAt,
        endsAt: startsAt + HOUR,
        status,
        externalId,
      });
    const past = await at(now - 10 * DAY, 'done');
    const ongoing = await at(now - 30 * 60_000);
    const next = await at(now + DAY, 'planned', 'gcal:abc');
    await at(now + 2 * DAY, 'cancelled');
    const later = await at(now + 30 * DAY);
    expect((await listMeetingsBetween(db, now, now + 7 * DAY)).map((m) => m.id)).toEqual([next.id]);
    const all = await listCustomerMeetings(db, 'c');
    expect(pickCurrentMeeting(all, now)?.id).toBe(ongoing.id);
    expect(pickCurrentMeeting(all, now + 2 * HOUR)?.id).toBe(next.id);
    expect(pastMeetings(all, now, ongoing).map((m) => m.id)).toEqual([past.id]);
    expect((await findMeetingByExternalId(db, 'gcal:abc'))?.id).toBe(next.id);
    expect(later.status).toBe('planned');
  });

  it('deletes a meeting and its checklist but keeps its notes and promises with the customer', async () => {
    const db = freshDb();
    const { meeting } = await createMeetingWithChecklist(
      db,
      { customerId: 'c', title: 'x', startsAt: DAY },
      items,
    );
    const note = await notes.create(db, {
      customerId: 'c',
      meetingId: meeting.id,
      body: 'they want speed',
    });
    const promise = await commitments.create(db, {
      customerId: 'c',
      meetingId: meeting.id,
      text: 'Send deck',
      owner: 'us',
    });
    await deleteMeeting(db, meeting.id);
    expect(await db.meetings.count()).toBe(0);
    expect(await db.checklistItems.count()).toBe(0);
    expect((await notes.get(db, note.id))?.meetingId).toBeNull();
    expect((await commitments.get(db, promise.id))?.meetingId).toBeNull();
  });
});

describe('commitments', () => {
  it('lists open promises soonest first and finds overdue ones of ours only', async () => {
    const db = freshDb();
    const now = 50 * DAY;
    const late = await commitments.create(db, {
      customerId: 'c',
      text: 'Security review',
      owner: 'us',
      dueAt: now - DAY,
    });
    await commitments.create(db, {
      customerId: 'c',
      text: 'Floor plans',
      owner: 'them',
      dueAt: now - 2 * DAY,
    });
    const soon = await commitments.create(db, {
      customerId: 'c',
      text: 'Proposal',
      owner: 'us',
      dueAt: now + DAY,
    });
    const undated = await commitments.create(db, { customerId: 'c', text: 'Intro', owner: 'us' });
    expect(isOverdue(late, now)).toBe(true);
    expect((await listOverdueOfOurs(db, now)).map((c) => c.text)).toEqual(['Security review']);
    await completeCommitment(db, late.id, () => now);
    expect(await listOverdueOfOurs(db, now)).toEqual([]);
    const order = (await listCommitments(db, 'c')).map((c) => c.id);
    expect(order.indexOf(soon.id)).toBeLessThan(order.indexOf(undated.id));
    expect(order.at(-1)).toBe(late.id);
    await reopenCommitment(db, late.id);
    expect(await commitments.get(db, late.id)).toMatchObject({ status: 'open', doneAt: null });
  });

  it('rejects a due date that is not a date and an owner that is neither us nor them', async () => {
    const db = freshDb();
    await rejects(
      commitments.create(db, { customerId: 'c', text: 'x', owner: 'us', dueAt: 'Friday-ish' }),
      'dueAt',
      /not a valid date/,
    );
    await rejects(
      commitments.create(db, { customerId: 'c', text: 'x', owner: 'partner' as 'us' }),
      'owner',
      /us or them/,
    );
    expect(await db.commitments.count()).toBe(0);
  });
});

describe('notes, news and questions', () => {
  it('lists notes newest first, and a meeting’s notes in the order taken', async () => {
    const db = freshDb();
    const clock = manualClock();
    const a = await notes.create(db, { customerId: 'c', meetingId: 'm', body: 'first' }, clock);
    clock.advance(1000);
    const b = await notes.create(db, { customerId: 'c', meetingId: 'm', body: 'second' }, clock);
    expect((await listNotes(db, 'c')).map((n) => n.id)).toEqual([b.id, a.id]);
    expect((await listMeetingNotes(db, 'm')).map((n) => n.id)).toEqual([a.id, b.id]);
    await notes.update(db, a.id, { body: 'first, edited' });
    await notes.remove(db, b.id);
    expect((await listNotes(db, 'c')).map((n) => n.body)).toEqual(['first, edited']);
  });

  it('marks news shared and questions asked, unshared / unasked first', async () => {
    const db = freshDb();
    const n1 = await news.create(db, {
      customerId: 'c',
      text: 'Offline mode shipped',
      url: 'https://example.com/x',
    });
    await news.create(db, { customerId: 'c', text: 'Case study' });
    await markNewsShared(db, n1.id, true);
    expect((await listNews(db, 'c')).map((n) => n.text)).toEqual([
      'Case study',
      'Offline mode shipped',
    ]);
    const q = await questions.create(db, { customerId: 'c', text: 'What does success look like?' });
    await markQuestionAsked(db, q.id, true);
    expect((await listQuestions(db, 'c'))[0]!.askedAt).not.toBeNull();
  });

  it('rejects a news link that is not http(s) (no javascript: URLs)', async () => {
    const db = freshDb();
    await rejects(
      news.create(db, { customerId: 'c', text: 'x', url: 'javascript:alert(1)' }),
      'url',
      /http/,
    );
    await rejects(questions.create(db, { customerId: 'c', text: '' }), 'text', /required/);
    expect(await db.news.count()).toBe(0);
  });

  it('takes a news link typed without https:// as the web page it names', async () => {
    const db = freshDb();
    const typed = await news.create(db, {
      customerId: 'c',
      text: 'x',
      url: 'www.example.com/news',
    });
    expect(typed.url).toBe('https://www.example.com/news');
    const bare = await news.create(db, { customerId: 'c', text: 'y', url: ' example.co.uk ' });
    expect(bare.url).toBe('https://example.co.uk');
    expect((await news.create(db, { customerId: 'c', text: 'z', url: '' })).url).toBeNull();
    await rejects(
      news.create(db, { customerId: 'c', text: 'w', url: 'not a link' }),
      'url',
      /http/,
    );
    await rejects(
      news.create(db, { customerId: 'c', text: 'v', url: 'data:text/html,x' }),
      'url',
      /http/,
    );
  });
});

describe('templates and settings', () => {
  it('creates templates and lists built-ins first', async () => {
    const db = freshDb();
    await templates.create(db, { name: 'Zeta', items: [] });
    await templates.create(db, {
      name: 'Discovery',
      items: [{ text: 'Ask', section: 'Goals' }],
      builtin: true,
    });
    expect((await listTemplates(db)).map((t) => t.name)).toEqual(['Discovery', 'Zeta']);
    await rejects(
      templates.create(db, { name: 'Bad', items: [{ text: 'x', rule: 'made-up' as 'has-news' }] }),
      'items.0.rule',
      /./,
    );
  });

  it('returns defaults until settings are saved, and validates them', async () => {
    const db = freshDb();
    expect(await getSettings(db)).toMatchObject({ ownDomains: [], reminderMinutes: 15 });
    await updateSettings(db, { ownDomains: ['Callprep-Seller.com'] });
    expect((await getSettings(db)).ownDomains).toEqual(['callprep-seller.com']);
    await expect(updateSettings(db, { reminderMinutes: -5 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect((await getSettings(db)).reminderMinutes).toBe(15);
  });
});
