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
