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
  Referral,
  Settings,
  Template,
} from './models';
import { customerNamesJournal } from '../match/names/track';
import { RECORD_MONTHS_TABLE, type TallyRow } from '../record/tally';
import { freshMeta } from '../record/tally-store';
import { recordMonthsTally } from '../record/tally-track';
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

/** Every store's rows as an older version left them, read before its upgrade changed them. */
export type PreUpgradeRows = { fromVersion: number; tables: Record<string, StoredRow[]> };

/** Reads every store there is, inside the upgrade transaction (before any step changed a row). */
async function readStoredRows(tx: Transaction, fromVersion: number): Promise<PreUpgradeRows> {
  const tables: Record<string, StoredRow[]> = {};
  for (const name of Array.from(tx.idbtrans.objectStoreNames)) {
    tables[name] = (await tx.table(name).toArray()) as StoredRow[];
  }
  return { fromVersion, tables };
}

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
  referrals!: EntityTable<Referral, 'id'>;
  settings!: EntityTable<SettingsRow, 'key'>;
  /** My record's monthly tallies: derived from the rows, kept by recordMonthsTally */
  recordMonths!: EntityTable<TallyRow, 'key'>;
  /**
   * Set when this open upgraded a database an older version wrote: its rows as
   * they were, which the background writes as a backup file (lib/backup/upgrade.ts).
   * Read in the upgrade transaction itself, the only moment that sees them
   * unchanged whichever page or worker opens the database first.
   */
  preUpgradeRows: PreUpgradeRows | null = null;

  constructor(name: string = DB_NAME, options?: { upTo?: number }) {
    super(name);
    let previous: number | null = null;
    for (const v of SCHEMA_VERSIONS) {
      if (options?.upTo !== undefined && v.version > options.upTo) break;
      const fromVersion = previous;
      this.version(v.version)
        .stores(v.stores)
        .upgrade(async (tx) => {
          if (fromVersion !== null && !this.preUpgradeRows) {
            this.preUpgradeRows = await readStoredRows(tx, fromVersion);
          }
          await upgradeStoredRows(tx, v);
        });
      previous = v.version;
    }
    // Every customer write also journals the names the fuzzy matcher keeps in memory.
    this.use(customerNamesJournal);
    // Every meeting, promise, goal and referral write also updates My record's tallies.
    this.use(recordMonthsTally);
    const declared = previous;
    this.on('populate', (tx) => {
      // A new database has nothing to count: its (empty) tallies are fresh.
      if (declared !== null && tx.storeNames.includes(RECORD_MONTHS_TABLE))
        return tx.table(RECORD_MONTHS_TABLE).put(freshMeta(declared));
    });
  }
}

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
