import { expect } from 'vitest';
import { CallprepDB } from '@/lib/db/schema';

/**
 * Writes rows into a database exactly as schema version `version` declared it
 * (no later versions, no later upgrades), then closes it, so a test can open it
 * with the current code and check that nothing was lost.
 */
export async function writeDatabaseAtVersion(
  name: string,
  version: number,
  data: Record<string, unknown[]>,
): Promise<void> {
  const old = new CallprepDB(name, { upTo: version });
  await old.open();
  if (old.verno !== version) throw new Error(`expected version ${version}, opened ${old.verno}`);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(data)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

/** Opens `name` with every schema version the current code declares. */
export async function openCurrent(name: string): Promise<CallprepDB> {
  const db = new CallprepDB(name);
  await db.open();
  return db;
}

/** Opens `name` with the schema versions up to `version` only: one step's spec opens its own step. */
export async function openAtVersion(name: string, version: number): Promise<CallprepDB> {
  const db = new CallprepDB(name, { upTo: version });
  await db.open();
  return db;
}

/** Every table still holds exactly the rows (by primary key) it was written with. */
export async function expectNoRowLost(
  db: CallprepDB,
  data: Record<string, unknown[]>,
): Promise<void> {
  for (const [table, rows] of Object.entries(data)) {
    const keyPath = String(db.table(table).schema.primKey.keyPath);
    const written = rows.map((row) => String((row as Record<string, unknown>)[keyPath]));
    const kept = (await db.table(table).toCollection().primaryKeys()).map(String);
    expect(kept.sort(), table).toEqual(written.sort());
  }
}
