import { emailDomain, isFreeMailDomain, isOwnDomain } from '../../../match/free-mail';
import { normalizeCompanyName } from '../../../match/normalize';
import { ImportError } from '../../errors';
import { rowNumber } from '../parse';
import {
  refTypes,
  type ColumnField,
  type ImportKind,
  type ImportMapping,
  type RefTypes,
} from '../presets';
import type { PlanOptions } from './types';

/** What every step of a plan needs to know about this import, settled once. */
export type PlanContext = {
  kind: ImportKind;
  columns: readonly ColumnField[];
  system: string | null;
  now: number;
  ownDomains: readonly string[];
  /** the spreadsheet row number of the row at `index` */
  rowOf: (index: number) => number;
  /** the CRM record types of this file's ids and of its company ids */
  types: RefTypes;
  /** the CSV header of an id column, to name it in messages */
  headerOf: (field: 'crmId' | 'companyCrmId') => string;
  /** normalizeCompanyName, remembered: an export repeats each company on every contact's row */
  nameKeyOf: (name: string) => string;
};

/** Refuses a mapping that cannot work before any row is read. */
export function checkMapping(mapping: ImportMapping, system: string | null): void {
  const has = (f: ColumnField) => mapping.columns.includes(f);
  if (mapping.kind === 'customers' && !has('name') && !has('company')) {
    throw new ImportError('Choose the column that holds the company name.');
  }
  if (
    mapping.kind === 'contacts' &&
    !has('name') &&
    !has('firstName') &&
    !has('lastName') &&
    !has('email')
  ) {
    throw new ImportError('Choose the column that holds the person’s name or email.');
  }
  if ((has('crmId') || has('companyCrmId')) && !system) {
    throw new ImportError('Say which CRM the ids come from, or set the id columns to Ignore.');
  }
  if (system && !/^[a-z0-9_-]{1,40}$/.test(system)) {
    throw new ImportError('The CRM name may only use lower-case letters, digits, - and _.');
  }
}

/** The context of one import; throws an ImportError for a mapping that cannot work. */
export function planContext(mapping: ImportMapping, options: PlanOptions): PlanContext {
  const system = options.system ? options.system.trim().toLowerCase() : null;
  checkMapping(mapping, system);
  return {
    kind: mapping.kind,
    columns: mapping.columns,
    system,
    now: options.now ?? Date.now(),
    ownDomains: options.ownDomains ?? [],
    rowOf: (index) => options.rowNumbers?.[index] ?? rowNumber(index),
    types: typesOf(system, mapping.kind, options.refTypes),
    headerOf: (field) => {
      const i = mapping.columns.indexOf(field);
      return options.headers?.[i] || (field === 'crmId' ? 'CRM id' : 'company id');
    },
    nameKeyOf: memoized(normalizeCompanyName),
  };
}

function typesOf(
  system: string | null,
  kind: ImportKind,
  given: Partial<RefTypes> | undefined,
): RefTypes {
  const defaults = refTypes(system ?? '', kind);
  return { record: given?.record ?? defaults.record, company: given?.company ?? defaults.company };
}

function memoized(f: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let out = seen.get(s);
    if (out === undefined) seen.set(s, (out = f(s)));
    return out;
  };
}

/** The domain of a work email (not free mail, not the seller's own), or null. */
export function businessDomain(email: string, ownDomains: readonly string[]): string | null {
  const d = emailDomain(email);
  return d && !isFreeMailDomain(d) && !isOwnDomain(d, ownDomains) ? d : null;
}
