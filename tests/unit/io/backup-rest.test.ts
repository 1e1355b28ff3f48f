import { describe, expect, it } from 'vitest';
import type { CallprepDB } from '@/lib/db/schema';
import {
  backupToJson,
  exportBackup,
  parseBackup,
  previewRestore,
  readBackup,
  restoreBackup,
} from '@/lib/io/backup';
import { loadSampleWorkspace } from '@/lib/sample/workspace';
import { dumpAll, freshDb } from '../db/helpers';
import { utc } from '../clock';

const NOW = utc(2026, 11, 23, 9, 0);

async function sampleDb(): Promise<CallprepDB> {
  const db = freshDb();
  await loadSampleWorkspace(db, NOW);
  return db;
}

type Json = { data: Record<string, { id: string; [k: string]: unknown }[]> };

/** The sample workspace's backup as JSON, with its 7th contact made Ada Lovelace with a bad email. */
async function backupWithBadEmail(db: CallprepDB) {
  const json: Json = JSON.parse(backupToJson(await exportBackup(db, NOW)));
  const ada = json.data.contacts![6]!;
  Object.assign(ada, { name: 'Ada Lovelace', emails: ['ada@'] });
  return { json, ada };
}

describe('a backup with rows that cannot be restored', () => {
  it('says what is wrong in words, and keeps the table, row and field as details', async () => {
    const { json, ada } = await backupWithBadEmail(await sampleDb());
    const { backup, leftOut } = readBackup(JSON.stringify(json));
    expect(leftOut).toEqual([
      {
        table: 'contacts',
        id: ada.id,
        what: 'Contact “Ada Lovelace” has an email that is not valid: “ada@”',
        details: expect.stringMatching(
          new RegExp(`^contacts row 7 \\(id ${ada.id}\\): emails\\.0 `),
        ),
      },
    ]);
    expect(backup.data.contacts.map((c) => c.id)).not.toContain(ada.id);
    expect(() => parseBackup(JSON.stringify(json))).toThrow(
      /^The backup cannot be restored: Contact “Ada Lovelace” has an email that is not valid: “ada@” \(contacts row 7 \(id .+\): emails\.0 /,
    );
  });

  it('restores everything else in one step, and nothing of what was left out', async () => {
    const db = await sampleDb();
    const original = await dumpAll(db);
    const { json, ada } = await backupWithBadEmail(db);
    const { backup, leftOut } = readBackup(JSON.stringify(json));
    await Promise.all(db.tables.map((t) => t.clear()));
    const preview = await previewRestore(db, backup, 'replace', { leaveOut: leftOut });
    expect(preview.leftOut).toEqual([]);
    expect(preview.tables.contacts.add).toBe(original.contacts!.length - 1);
    await restoreBackup(db, backup, 'replace', { leaveOut: leftOut });
    const after = await dumpAll(db);
    expect(after.contacts).toEqual(
      (original.contacts as { id: string }[]).filter((c) => c.id !== ada.id),
    );
    expect(after.customers).toEqual(original.customers);
    expect(after.checklistItems).toEqual(original.checklistItems);
  });

  it('leaves out what depended on a row left out: a meeting’s checklist items, promises and notes', async () => {
    const db = await sampleDb();
    const json: Json = JSON.parse(backupToJson(await exportBackup(db, NOW)));
    const meeting = json.data.meetings!.find((m) =>
      json.data.checklistItems!.some((c) => c.meetingId === m.id),
    )!;
    meeting.status = 'postponed';
    const { backup, leftOut } = readBackup(JSON.stringify(json));
    expect(leftOut.map((r) => r.what)).toEqual([
      `Meeting “${meeting.title as string}” has a status that is not valid: “postponed”`,
    ]);
    await expect(previewRestore(db, backup, 'replace')).rejects.toThrow(
      /checklistItems row \d+ \(id .+\): meetingId .+ is not a meeting in the file/,
    );
    const preview = await previewRestore(db, backup, 'replace', { leaveOut: leftOut });
    const children = ['checklistItems', 'commitments', 'notes'].flatMap((t) =>
      json.data[t]!.filter((r) => r.meetingId === meeting.id).map((r) => `${t}:${r.id}`),
    );
    expect(children.length).toBeGreaterThan(0);
    expect(preview.leftOut.map((r) => `${r.table}:${r.id}`)).toEqual(children);
    const first = preview.leftOut[0]!.what;
    expect(first.startsWith('Checklist item “')).toBe(true);
    expect(
      first.endsWith(` belongs to meeting “${meeting.title as string}”, which is left out`),
    ).toBe(true);
    await restoreBackup(db, backup, 'replace', { leaveOut: [...leftOut, ...preview.leftOut] });
    const after = await dumpAll(db);
    expect(await db.meetings.get(meeting.id)).toBeUndefined();
    expect(await db.checklistItems.where('meetingId').equals(meeting.id).count()).toBe(0);
    expect(after.checklistItems!.length).toBe(
      json.data.checklistItems!.length -
        children.filter((k) => k.startsWith('checklistItems')).length,
    );
  });

  it('refuses, changing nothing, when more would be left out than the seller saw', async () => {
    const db = await sampleDb();
    const json: Json = JSON.parse(backupToJson(await exportBackup(db, NOW)));
    // the file lacks a customer that is here: merging is fine while it is here
    const gone = json.data.customers!.shift()!;
    delete (json as { counts?: unknown }).counts;
    const { backup } = readBackup(JSON.stringify(json));
    const preview = await previewRestore(db, backup, 'merge', { leaveOut: [] });
    expect(preview.leftOut).toEqual([]);
    await db.customers.delete(gone.id);
    const before = await dumpAll(db);
    await expect(restoreBackup(db, backup, 'merge', { leaveOut: preview.leftOut })).rejects.toThrow(
      /changed since the preview.*Nothing was changed/,
    );
    expect(await dumpAll(db)).toEqual(before);
  });
});
