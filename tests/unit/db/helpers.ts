import { CallprepDB } from '@/lib/db/schema';
import { RECORD_MONTHS_TABLE } from '@/lib/record/tally';

/** A new, empty database with a unique name (the setup file deletes it afterwards). */
export function freshDb(): CallprepDB {
  return new CallprepDB(`test-${crypto.randomUUID()}`);
}

/** A clock that returns `start`, then moves only when told to. */
export function manualClock(start = Date.UTC(2026, 10, 23, 9, 0)) {
  let now = start;
  const clock = () => now;
  clock.advance = (ms: number) => {
    now += ms;
  };
  return clock;
}

/**
 * Every table's rows, sorted by id: for "nothing changed" comparisons. My
 * record's tallies are left out: derived from the rows, with tests of their own.
 */
export async function dumpAll(db: CallprepDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    if (table.name === RECORD_MONTHS_TABLE) continue;
    const rows = await table.toArray();
    out[table.name] = rows.sort((a, b) =>
      String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)),
    );
  }
  return out;
}
