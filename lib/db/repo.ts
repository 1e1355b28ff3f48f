import type { InsertType, Table } from 'dexie';
import type { z } from 'zod';
import { MissingRecordError, parseOrThrow } from './errors';
import type { CallprepDB } from './schema';

export type Clock = () => number;
export const systemClock: Clock = () => Date.now();

export function newId(): string {
  return crypto.randomUUID();
}

type Row = { id: string; createdAt: number; updatedAt: number };

/**
 * The create / update / remove / get functions every entity shares. Input is
 * parsed with the entity's zod schema before anything is written, so a bad field
 * throws a ValidationError and the table is untouched.
 */
export function makeRepository<T extends Row, I extends z.ZodType>(
  entity: string,
  pick: (db: CallprepDB) => Table<T, string, InsertType<T, 'id'>>,
  inputSchema: I,
  rowSchema: z.ZodType<T>,
  /** fields computed from the input, such as a customer's normalized name */
  derive: (data: z.output<I>) => Partial<T> = () => ({}),
) {
  async function create(db: CallprepDB, input: z.input<I>, clock: Clock = systemClock): Promise<T> {
    const data = parseOrThrow(entity, inputSchema, input);
    const now = clock();
    const row = parseOrThrow(entity, rowSchema, {
      ...(data as object),
      ...derive(data),
      id: newId(),
      createdAt: now,
      updatedAt: now,
    });
    await pick(db).add(row);
    return row;
  }

  async function get(db: CallprepDB, id: string): Promise<T | undefined> {
    return pick(db).get(id);
  }

  async function getOrThrow(db: CallprepDB, id: string): Promise<T> {
    const row = await get(db, id);
    if (!row) throw new MissingRecordError(entity, id);
    return row;
  }

  /** Applies a partial change; the merged row must still be valid. */
  async function update(
    db: CallprepDB,
    id: string,
    patch: Partial<z.input<I>>,
    clock: Clock = systemClock,
  ): Promise<T> {
    const table = pick(db);
    return db.transaction('rw', table, async () => {
      const current = await table.get(id);
      if (!current) throw new MissingRecordError(entity, id);
      const data = parseOrThrow(entity, inputSchema, { ...current, ...patch });
      const row = parseOrThrow(entity, rowSchema, {
        ...(data as object),
        ...derive(data),
        id,
        createdAt: current.createdAt,
        // strictly later, so "did this row change since I read it?" (CSV import,
        // backup merge) can compare updatedAt even for two edits in one millisecond
        updatedAt: Math.max(clock(), current.updatedAt + 1),
      });
      await table.put(row);
      return row;
    });
  }

  async function remove(db: CallprepDB, id: string): Promise<void> {
    await pick(db).delete(id);
  }

  return { create, get, getOrThrow, update, remove };
}
