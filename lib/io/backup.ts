import { z } from '../zod';
import {
  settingsSchema,
  TABLE_NAMES,
  TABLE_SCHEMAS,
  type Settings,
  type TableName,
} from '../db/models';
import { getSettings } from '../db/settings';
import { isStoredRow, MIGRATIONS, upgradeTableRows } from '../db/migrations';
import { CURRENT_SCHEMA_VERSION, type CallprepDB } from '../db/schema';
import { CUSTOMER_ID_TABLES } from '../db/tables';
import { issueInWords, missingParentInWords, rowInWords, type LeftOutRow } from './backup-words';
import { ImportError } from './errors';

export type { LeftOutRow } from './backup-words';

/**
 * One JSON file with everything Callprep keeps: every table and the settings.
 * Restoring validates the whole file (every row against its zod schema, every
 * reference to a customer or meeting) before writing, then writes in one
 * transaction, so a bad file changes nothing.
 */
export const BACKUP_FORMAT = 'callprep-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MAX_BACKUP_BYTES = 500 * 1024 * 1024;

export type BackupData = { [T in TableName]: z.output<(typeof TABLE_SCHEMAS)[T]>[] };

export type Backup = {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  schemaVersion: number;
  exportedAt: string;
  counts: Record<TableName, number>;
  data: BackupData;
  settings: Settings;
};

export type RestoreMode = 'replace' | 'merge';

export type TableRestorePreview = {
  /** rows in the file */
  inFile: number;
  /** rows that are new to this browser */
  add: number;
  /** rows that overwrite one already here (merge: only where the file's is newer) */
  update: number;
  /** merge: rows here that are newer than (or the same as) the file's, kept as they are */
  keep: number;
  /** replace: rows here that are not in the file, and go */
  remove: number;
};
export type RestorePreview = {
  mode: RestoreMode;
  tables: Record<TableName, TableRestorePreview>;
  /** rows of the file left out because what they belong to is missing (see RestoreOptions) */
  leftOut: LeftOutRow[];
};

/**
 * Without options a restore is all or nothing: a row whose customer or meeting
 * is missing refuses the whole file. With `leaveOut` (the rows readBackup could
 * not read, and those the preview then listed) the rest is restored: a preview
 * lists the rows whose customer or meeting is missing; a restore is refused if
 * those are no longer exactly the ones in `leaveOut`.
 */
export type RestoreOptions = { leaveOut?: readonly LeftOutRow[] };

function allTables(db: CallprepDB) {
  return [...TABLE_NAMES.map((t) => db.table(t)), db.settings];
}

/** Every table and the settings, read in one transaction (a consistent snapshot). */
export async function exportBackup(db: CallprepDB, now: number = Date.now()): Promise<Backup> {
  return db.transaction('r', allTables(db), async () => {
    const data = {} as BackupData;
    const counts = {} as Record<TableName, number>;
    for (const t of TABLE_NAMES) {
      const rows = await db.table(t).toArray();
      rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      (data as Record<string, unknown[]>)[t] = rows;
      counts[t] = rows.length;
    }
    return {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: new Date(now).toISOString(),
      counts,
      data,
      settings: await getSettings(db),
    };
  });
}

export function backupToJson(backup: Backup): string {
  return JSON.stringify(backup);
}

/** `callprep-backup-2026-11-23.json` */
export function backupFileName(now: number = Date.now()): string {
  return `callprep-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}

// ---------------------------------------------------------------- reading a file

const envelope = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int(),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string(),
  counts: z.record(z.string(), z.number().int().min(0)).optional(),
  data: z.record(z.string(), z.array(z.unknown())),
  settings: z.unknown().optional(),
});

function describe(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  return field ? `${field} ${issue.message}` : issue.message;
}

/** Decodes a chosen backup file (UTF-8 JSON). */
export async function readBackupFile(file: Blob): Promise<string> {
  if (file.size === 0) throw new ImportError('The file is empty.');
  if (file.size > MAX_BACKUP_BYTES)
    throw new ImportError('The file is too large to be a Callprep backup.');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new ImportError('This is not a Callprep backup (it is not a text file).');
  }
}

/**
 * A file's rows and settings, written at `schemaVersion`, brought up to today's
 * shape by the row upgraders of every later migration step: the same functions
 * the Dexie upgrade runs over a stored database, so a backup restores whatever
 * version of Callprep wrote it. Settings travel as the one `settings` row.
 */
function upgradeToCurrent(
  data: Record<string, unknown[]>,
  settings: unknown = {},
  schemaVersion: number,
): { data: Record<string, unknown[]>; settings: unknown } {
  if (!isStoredRow(settings))
    return { data: upgradeTableRows(data, schemaVersion, MIGRATIONS), settings };
  const { settings: settingsRows, ...tables } = upgradeTableRows(
    { ...data, settings: [{ ...settings, key: 'app' }] },
    schemaVersion,
    MIGRATIONS,
  );
  const row = settingsRows?.[0];
  if (!isStoredRow(row)) return { data: tables, settings: row };
  const { key: _key, ...upgradedSettings } = row;
  return { data: tables, settings: upgradedSettings };
}

/**
 * Parses and validates a whole backup file, after bringing an older one up to
 * today's schema (see upgradeToCurrent); a newer one is refused. Throws an
 * ImportError naming the table, row and field of the first row that cannot be
 * restored ("goals row 12 (id g-1): status must be open, in progress, achieved
 * or dropped"); readBackup lists such rows instead.
 */
export function parseBackup(text: string): Backup {
  const { backup, leftOut } = readBackup(text);
  const first = leftOut[0];
  if (first) {
    throw new ImportError(`The backup cannot be restored: ${first.what} (${first.details}).`);
  }
  return backup;
}

/** The row number each kept row had in the file, for messages about it. */
const fileRows = new WeakMap<object, number>();

/**
 * Like parseBackup, but a row that is not valid (or repeats an id) is left out
 * and listed, in words and in detail, so the seller can restore the rest. A
 * file that is not a backup, is cut off, or is from a newer Callprep is still refused.
 */
export function readBackup(text: string): { backup: Backup; leftOut: LeftOutRow[] } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ImportError(
      'This is not a Callprep backup (the file is not valid JSON, or it is cut off).',
    );
  }
  if (
    !json ||
    typeof json !== 'object' ||
    (json as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    throw new ImportError(
      'This is not a Callprep backup (the file does not say “callprep-backup”).',
    );
  }
  const head = envelope.safeParse(json);
  if (!head.success) {
    throw new ImportError(`The backup file is damaged: ${describe(head.error.issues[0]!)}.`);
  }
  const file = head.data;
  if (file.formatVersion > BACKUP_FORMAT_VERSION || file.schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new ImportError(
      'This backup was made by a newer version of Callprep. Update Callprep, then restore it.',
    );
  }
  if (file.formatVersion < 1)
    throw new ImportError('The backup file is damaged: formatVersion is invalid.');

  const data = {} as BackupData;
  const counts = {} as Record<TableName, number>;
  const leftOut: LeftOutRow[] = [];
  for (const name of Object.keys(file.data)) {
    if (!(TABLE_NAMES as string[]).includes(name)) {
      throw new ImportError(`The backup file is damaged: it has an unknown table “${name}”.`);
    }
  }
  const current = upgradeToCurrent(file.data, file.settings, file.schemaVersion);
  for (const t of TABLE_NAMES) {
    const raw = current.data[t] ?? [];
    if (file.counts && file.counts[t] !== undefined && file.counts[t] !== raw.length) {
      throw new ImportError(
        `The backup file is incomplete: ${t} should have ${file.counts[t]} rows but has ${raw.length}.`,
      );
    }
    const schema = TABLE_SCHEMAS[t] as z.ZodType;
    const rows: unknown[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < raw.length; i++) {
      const parsed = schema.safeParse(raw[i]);
      const rawId = (raw[i] as { id?: unknown } | null)?.id;
      const where = `${t} row ${i + 1}${typeof rawId === 'string' ? ` (id ${rawId})` : ''}`;
      const leaveOut = (what: string, details: string) =>
        leftOut.push({
          table: t,
          id: typeof rawId === 'string' ? rawId : null,
          what: `${rowInWords(t, raw[i])} ${what}`,
          details: `${where}: ${details}`,
        });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        leaveOut(issueInWords(issue, raw[i]), describe(issue));
        continue;
      }
      const row = parsed.data as { id: string };
      if (seen.has(row.id)) {
        leaveOut('is in the file twice; the first copy is kept', 'the id appears twice');
        continue;
      }
      seen.add(row.id);
      fileRows.set(row, i + 1);
      rows.push(row);
    }
    (data as Record<string, unknown[]>)[t] = rows;
    counts[t] = rows.length;
  }
  const settings = settingsSchema.safeParse(current.settings);
  if (!settings.success) {
    throw new ImportError(
      `The backup cannot be restored: settings: ${describe(settings.error.issues[0]!)}.`,
    );
  }
  const backup: Backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: file.schemaVersion,
    exportedAt: file.exportedAt,
    counts,
    data,
    settings: settings.data,
  };
  return { backup, leftOut };
}

// ---------------------------------------------------------------- references

/** The tables whose rows may point at a meeting (whose customer's they are, or not). */
const MEETING_CHILDREN = ['checklistItems', 'commitments', 'notes'] as const;

/**
 * The rows that point at a customer or a meeting found neither in the file nor
 * (merge) already here, and the rows of a meeting left out so (its checklist
 * items, and promises and notes taken in it), each once, in table order.
 */
function brokenReferences(
  data: BackupData,
  extraCustomers: ReadonlySet<string>,
  extraMeetings: ReadonlySet<string>,
  unreadable: readonly LeftOutRow[],
): LeftOutRow[] {
  const out: LeftOutRow[] = [];
  const gone = new Set<object>();
  const customers = new Set(data.customers.map((c) => c.id));
  // "Customer “Acme” …" → "Customer “Acme”", to say what a row belonged to
  const labelOf = (r: LeftOutRow) => r.what.replace(/^(.+?”) .*$/s, '$1');
  const leftOutCustomers = new Map(
    unreadable.filter((r) => r.table === 'customers' && r.id).map((r) => [r.id!, labelOf(r)]),
  );
  const leftOutMeetings = new Map(
    unreadable.filter((r) => r.table === 'meetings' && r.id).map((r) => [r.id!, labelOf(r)]),
  );
  const leave = (
    t: TableName,
    row: { id: string },
    i: number,
    parent: 'customers' | 'meetings',
    parentId: string,
    parentLabel: string | undefined,
  ) => {
    gone.add(row);
    const field = parent === 'customers' ? 'customerId' : 'meetingId';
    const noun = parent === 'customers' ? 'customer' : 'meeting';
    out.push({
      table: t,
      id: row.id,
      what: `${rowInWords(t, row)} ${missingParentInWords(parent, parentLabel)}`,
      details: `${t} row ${fileRows.get(row) ?? i + 1} (id ${row.id}): ${field} ${parentId} is not a ${noun} in the file`,
    });
    if (t === 'meetings') leftOutMeetings.set(row.id, rowInWords(t, row));
  };
  for (const t of CUSTOMER_ID_TABLES) {
    data[t].forEach((row, i) => {
      if (!customers.has(row.customerId) && !extraCustomers.has(row.customerId)) {
        leave(t, row, i, 'customers', row.customerId, leftOutCustomers.get(row.customerId));
      }
    });
  }
  const meetings = new Set(data.meetings.filter((m) => !gone.has(m)).map((m) => m.id));
  for (const t of MEETING_CHILDREN) {
    data[t].forEach((row, i) => {
      const meetingId = row.meetingId;
      if (gone.has(row) || meetingId === null) return;
      if (!meetings.has(meetingId) && !extraMeetings.has(meetingId)) {
        leave(t, row, i, 'meetings', meetingId, leftOutMeetings.get(meetingId));
      }
    });
  }
  return out;
}

/** The file's rows without those left out. */
function withoutRows(data: BackupData, leftOut: readonly LeftOutRow[]): BackupData {
  if (leftOut.length === 0) return data;
  const keys = new Set(leftOut.map(leftOutKey));
  const out = {} as BackupData;
  for (const t of TABLE_NAMES) {
    (out as Record<string, unknown[]>)[t] = (data[t] as { id: string }[]).filter(
      (row) => !keys.has(`${t}:${row.id}`),
    );
  }
  return out;
}

const leftOutKey = (row: LeftOutRow) => `${row.table}:${row.id ?? ''}`;

// ---------------------------------------------------------------- preview and restore

type Existing = Record<TableName, Map<string, number>>;

async function readExisting(db: CallprepDB, backup: Backup): Promise<Existing> {
  const out = {} as Existing;
  for (const t of TABLE_NAMES) {
    const table = db.table(t);
    const ids = backup.data[t].map((r) => r.id);
    const [all, rows] = await Promise.all([
      table.toCollection().primaryKeys() as Promise<string[]>,
      table.bulkGet(ids) as Promise<({ id: string; updatedAt: number } | undefined)[]>,
    ]);
    const m = new Map<string, number>(all.map((id) => [id, Number.NaN]));
    for (const r of rows) if (r) m.set(r.id, r.updatedAt);
    out[t] = m;
  }
  return out;
}

function computePreview(
  backup: Backup,
  mode: RestoreMode,
  existing: Existing,
  leftOut: LeftOutRow[],
): RestorePreview {
  const tables = {} as Record<TableName, TableRestorePreview>;
  for (const t of TABLE_NAMES) {
    const here = existing[t];
    const p: TableRestorePreview = {
      inFile: backup.data[t].length,
      add: 0,
      update: 0,
      keep: 0,
      remove: 0,
    };
    const inFile = new Set<string>();
    for (const row of backup.data[t]) {
      inFile.add(row.id);
      const current = here.get(row.id);
      if (current === undefined) p.add++;
      else if (mode === 'replace' || row.updatedAt > current) p.update++;
      else p.keep++;
    }
    if (mode === 'replace') for (const id of here.keys()) if (!inFile.has(id)) p.remove++;
    tables[t] = p;
  }
  return { mode, tables, leftOut };
}

/**
 * What is here, and the file's rows that can be restored: all of them, or (with
 * `leaveOut`) those whose customer and meeting are found, with the rest listed
 * (and, to `enforce`, required to be the rows agreed). Without `leaveOut`, throws
 * an ImportError naming the first row that points at nothing.
 */
async function check(
  db: CallprepDB,
  backup: Backup,
  mode: RestoreMode,
  options: RestoreOptions,
  enforce: boolean,
): Promise<{ existing: Existing; restorable: Backup; leftOut: LeftOutRow[] }> {
  const existing = await readExisting(db, backup);
  const none = new Set<string>();
  const leftOut = brokenReferences(
    backup.data,
    mode === 'merge' ? new Set(existing.customers.keys()) : none,
    mode === 'merge' ? new Set(existing.meetings.keys()) : none,
    options.leaveOut ?? [],
  );
  const first = leftOut[0];
  if (first && !options.leaveOut) {
    throw new ImportError(`The backup cannot be restored: ${first.details}.`);
  }
  if (options.leaveOut && enforce) {
    const agreed = new Set(options.leaveOut.map(leftOutKey));
    const now = new Set(leftOut.map(leftOutKey));
    // rows the seller agreed to leave out that are in the file are exactly the ones to leave out
    const inFile = new Set(
      TABLE_NAMES.flatMap((t) => backup.data[t].map((row) => `${t}:${row.id}`)),
    );
    const agreedInFile = [...agreed].filter((k) => inFile.has(k));
    if (agreedInFile.length !== now.size || agreedInFile.some((k) => !now.has(k))) {
      throw new ImportError(
        'The data here changed since the preview, so other records would be left out. Nothing was changed; look at the list again.',
      );
    }
  }
  return { existing, restorable: { ...backup, data: withoutRows(backup.data, leftOut) }, leftOut };
}

/** What restoring would do, table by table; throws an ImportError if it cannot be restored. */
export async function previewRestore(
  db: CallprepDB,
  backup: Backup,
  mode: RestoreMode,
  options: RestoreOptions = {},
): Promise<RestorePreview> {
  return db.transaction('r', allTables(db), async () => {
    const { existing, restorable, leftOut } = await check(db, backup, mode, options, false);
    return computePreview(restorable, mode, existing, leftOut);
  });
}

/**
 * Restores a parsed backup in one transaction. `replace`: the database becomes
 * exactly the file (data and settings). `merge`: rows are matched by id and the
 * newer `updatedAt` wins; nothing here is deleted; the file's own domains are
 * added to the settings. Rows left out (see RestoreOptions) are not written; the
 * rest is written in the same one transaction. On any error nothing is changed.
 */
export async function restoreBackup(
  db: CallprepDB,
  file: Backup,
  mode: RestoreMode,
  options: RestoreOptions = {},
): Promise<RestorePreview> {
  return db.transaction('rw', allTables(db), async () => {
    const { existing, restorable: backup, leftOut } = await check(db, file, mode, options, true);
    const preview = computePreview(backup, mode, existing, leftOut);
    if (mode === 'replace') {
      for (const t of TABLE_NAMES) {
        await db.table(t).clear();
        await db.table(t).bulkAdd(backup.data[t]);
      }
      await db.settings.clear();
      await db.settings.put({ ...backup.settings, key: 'app' });
    } else {
      for (const t of TABLE_NAMES) {
        const here = existing[t];
        const newer = (backup.data[t] as { id: string; updatedAt: number }[]).filter((row) => {
          const current = here.get(row.id);
          return current === undefined || row.updatedAt > current;
        });
        if (newer.length) await db.table(t).bulkPut(newer);
      }
      const settings = await getSettings(db);
      const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].slice(0, 50);
      await db.settings.put({
        ...settings,
        ownDomains: union(settings.ownDomains, backup.settings.ownDomains),
        ownEmails: union(settings.ownEmails, backup.settings.ownEmails),
        key: 'app',
      });
    }
    return preview;
  });
}
