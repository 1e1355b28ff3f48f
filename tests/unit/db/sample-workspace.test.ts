import { describe, expect, it } from 'vitest';
import { customers } from '@/lib/db/customers';
import { isOverdue } from '@/lib/db/commitments';
import { TABLE_SCHEMAS } from '@/lib/db/models';
import {
  hasSampleWorkspace,
  loadSampleWorkspace,
  removeSampleWorkspace,
} from '@/lib/sample/workspace';
import { freshDb } from './helpers';
import { utc } from '../clock';

const NOW = utc(2026, 11, 23, 9, 0);

describe('sample workspace', () => {
  it('loads realistic customers: goals, a meeting today, history, and one overdue promise of ours', async () => {
    const db = freshDb();
    await loadSampleWorkspace(db, NOW);
    expect(await hasSampleWorkspace(db)).toBe(true);
    expect(await db.customers.count()).toBe(5);
    expect(await db.goals.count()).toBeGreaterThanOrEqual(5);
    expect(await db.templates.count()).toBe(5);
    const today = await db.meetings
      .where('startsAt')
      .between(NOW, NOW + 24 * 3_600_000)
      .toArray();
    expect(today.length).toBeGreaterThan(0);
    expect(await db.checklistItems.where('meetingId').equals(today[0]!.id).count()).toBeGreaterThan(
      3,
    );
    const overdue = (await db.commitments.toArray()).filter(
      (c) => c.owner === 'us' && isOverdue(c, NOW),
    );
    expect(overdue.map((c) => c.text)).toEqual(['Send the security review answers']);
    expect(await db.notes.count()).toBeGreaterThan(0);
    for (const [table, schema] of Object.entries(TABLE_SCHEMAS)) {
      for (const row of await db.table(table).toArray())
        expect(schema.safeParse(row).success, table).toBe(true);
    }
  });

  it('loading twice changes nothing', async () => {
    const db = freshDb();
    await loadSampleWorkspace(db, NOW);
    const counts = await Promise.all(db.tables.map((t) => t.count()));
    await loadSampleWorkspace(db, NOW);
    expect(await Promise.all(db.tables.map((t) => t.count()))).toEqual(counts);
  });

  it('removes only the sample, never the seller’s own customers', async () => {
    const db = freshDb();
    const mine = await customers.create(db, {
      name: 'My Real Customer',
      domains: ['real.example'],
    });
    await loadSampleWorkspace(db, NOW);
    await removeSampleWorkspace(db);
    expect(await hasSampleWorkspace(db)).toBe(false);
    expect((await db.customers.toArray()).map((c) => c.id)).toEqual([mine.id]);
    expect(await db.goals.count()).toBe(0);
    expect(await db.meetings.count()).toBe(0);
    expect(await db.checklistItems.count()).toBe(0);
    expect(await db.templates.count()).toBe(5); // templates are the seller's to keep
  });
});
