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

export const DB_NAME = 'callprep';

export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  /** moves data written by the previous version into this version's shape */
  upgrade?: (tx: Transaction) => Promise<void> | void;
};

/**
 * Every schema version Callprep ever shipped, oldest first. Never edit or delete a
 * released entry: add a new one, with an upgrade when rows change shape, and a test
 * in tests/unit/db/migrations.test.ts that opens the previous version's data.
 */
export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      customers: 'id, nameKey, *nameTokens, *domains, *crmRefs, updatedAt',
      contacts: 'id, customerId, *emails, *crmRefs',
      goals: 'id, customerId',
      meetings: 'id, customerId, startsAt, externalId',
      checklistItems: 'id, meetingId',
      templates: 'id',
      commitments: 'id, customerId, meetingId, dueAt',
      notes: 'id, customerId, meetingId, createdAt',
      news: 'id, customerId',
      questions: 'id, customerId',
      settings: 'key',
    },
  },
  {
    // Nothing queried customers by updatedAt, and each index entry is a write:
    // dropping it makes a 50,000-row CSV import (10,000 customers) cheaper.
    version: 2,
    stores: { customers: 'id, nameKey, *nameTokens, *domains, *crmRefs' },
  },
];

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
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** The data tables (everything but settings), in an order safe for cascades. */
export const DATA_TABLES = [
  'customers',
  'contacts',
  'goals',
  'meetings',
  'checklistItems',
  'templates',
  'commitments',
  'notes',
  'news',
  'questions',
] as const;
