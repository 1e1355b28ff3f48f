import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type {
  ChecklistItem,
  Commitment,
  Contact,
  Customer,
  Goal,
  Meeting,
  News,
  Note,
  Question,
  Settings,
  Template,
} from './models';
import { MIGRATIONS, type MigrationStep, type StoredRow } from './migrations';

export const DB_NAME = 'callprep';

/** One schema version: its stores, row upgraders and any Dexie-level upgrade. */
export type SchemaVersion = MigrationStep;

/**
 * Every schema version Callprep ever shipped, oldest first, one numbered file
 * each in lib/db/migrations/ (how to add one: the comment in migrations/step.ts).
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = MIGRATIONS;

/** Runs one step over a database written by the previous version. */
async function upgradeStoredRows(tx: Transaction, step: MigrationStep): Promise<void> {
  for (const [table, upgrade] of Object.entries(step.rows ?? {})) {
    if (!upgrade) continue;
    await tx
      .table(table)
      .toCollection()
      .modify((row: StoredRow, ref: { value: StoredRow }) => {
        ref.value = upgrade(row);
      });
  }
  await step.upgrade?.(tx);
}

export type SettingsRow = Settings & { key: 'app' };

export class CallprepDB extends Dexie {
  customers!: EntityTable<Customer, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  goals!: EntityTable<Goal, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  checklistItems!: EntityTable<ChecklistItem, 'id'>;
  templates!: EntityTable<Template, 'id'>;
  commitments!: EntityTable<Commitment, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  news!: EntityTable<News, 'id'>;
  questions!: EntityTable<Question, 'id'>;
  settings!: EntityTable<SettingsRow, 'key'>;

  constructor(name: string = DB_NAME, options?: { upTo?: number }) {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      if (options?.upTo !== undefined && v.version > options.upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.rows || v.upgrade) declared.upgrade((tx) => upgradeStoredRows(tx, v));
    }
  }
}

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
