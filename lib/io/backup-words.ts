import type { TableName } from '../db/models';

/**
 * A backup row that cannot be restored, said two ways: in words for the seller
 * ("Contact “Ada Lovelace” has an email that is not valid: “ada@”") and as the
 * table, row and field for a bug report.
 */
export type LeftOutRow = {
  table: TableName;
  /** the row's id, when it has one */
  id: string | null;
  what: string;
  details: string;
};

const ROW_NOUN: Record<TableName, string> = {
  customers: 'Customer',
  contacts: 'Contact',
  goals: 'Goal',
  meetings: 'Meeting',
  checklistItems: 'Checklist item',
  templates: 'Template',
  commitments: 'Promise',
  notes: 'Note',
  news: 'News item',
  questions: 'Question',
  referrals: 'Referral',
};

/** The field that names a row of each table, to quote it. */
const TITLE_FIELD: Record<TableName, string> = {
  customers: 'name',
  contacts: 'name',
  goals: 'statement',
  meetings: 'title',
  checklistItems: 'text',
  templates: 'name',
  commitments: 'text',
  notes: 'body',
  news: 'text',
  questions: 'text',
  referrals: 'personName',
};

const FIELD_WORDS: Record<string, string> = {
  emails: 'email',
  domains: 'domain',
  crmRefs: 'CRM link',
  customerId: 'customer',
  meetingId: 'meeting',
  templateId: 'template',
  startsAt: 'start time',
  endsAt: 'end time',
  dueAt: 'due date',
  doneAt: 'done date',
  targetDate: 'target date',
  askedAt: 'asked date',
  sharedAt: 'shared date',
  createdAt: 'creation date',
  updatedAt: 'date of last change',
  url: 'link',
  body: 'text',
  id: 'id',
};

const QUOTED = 60;

function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `“${oneLine.length > QUOTED ? `${oneLine.slice(0, QUOTED - 1)}…` : oneLine}”`;
}

/** `Contact “Ada Lovelace”`, or `A contact` when the row has no name to quote. */
export function rowInWords(table: TableName, raw: unknown): string {
  const title = (raw as Record<string, unknown> | null)?.[TITLE_FIELD[table]];
  return typeof title === 'string' && title.trim()
    ? `${ROW_NOUN[table]} ${quote(title)}`
    : `A ${ROW_NOUN[table].toLowerCase()}`;
}

function fieldInWords(field: PropertyKey): string {
  const name = String(field);
  return FIELD_WORDS[name] ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = raw;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

const article = (words: string) => (/^[aeiou]/i.test(words) ? 'an' : 'a');

/** What is wrong with a row, in words: "has an email that is not valid: “ada@”". */
export function issueInWords(
  issue: { path: readonly PropertyKey[]; code?: string },
  raw: unknown,
): string {
  const field = issue.path[0];
  if (field === undefined) return 'is not a record Callprep can read';
  const words = fieldInWords(field);
  const value = valueAt(raw, issue.path);
  if (value === undefined || value === null) return `has no ${words}`;
  if (issue.code === 'too_big' && typeof value === 'string') {
    return `has ${article(words)} ${words} that is too long (${value.length.toLocaleString()} characters)`;
  }
  const shown =
    typeof value === 'string'
      ? `: ${quote(value)}`
      : typeof value === 'number' || typeof value === 'boolean'
        ? `: ${String(value)}`
        : '';
  return `has ${article(words)} ${words} that is not valid${shown}`;
}

/** "belongs to customer “Acme”, which is left out" or "belongs to a customer that is not in the backup". */
export function missingParentInWords(
  parentTable: 'customers' | 'meetings',
  leftOutParent: string | undefined,
): string {
  const noun = parentTable === 'customers' ? 'customer' : 'meeting';
  return leftOutParent
    ? `belongs to ${leftOutParent.replace(/^[A-Z]/, (c) => c.toLowerCase())}, which is left out`
    : `belongs to a ${noun} that is not in the backup`;
}
