import type { Contact, Customer } from '../../../db/models';
import type { ImportKind, RefTypes } from '../presets';

export type RejectedRow = { row: number; reason: string };
export type RowWarning = { row: number; message: string };

/**
 * What an import would do, computed without writing anything: the preview the
 * seller confirms, and the exact rows `applyImport` then writes.
 */
export type ImportPlan = {
  kind: ImportKind;
  system: string | null;
  rowsFound: number;
  customers: { create: Customer[]; update: Customer[] };
  contacts: { create: Contact[]; update: Contact[] };
  /** rows that matched an existing record and would change nothing */
  unchanged: number;
  rejected: RejectedRow[];
  /** values left out of otherwise good rows (an invalid email, a free-mail domain) */
  warnings: RowWarning[];
  /** updatedAt of every existing row the plan changes, as it was when planned */
  basis: { customers: Map<string, number>; contacts: Map<string, number> };
};

export type PlanOptions = {
  /** the CRM the file's ids come from ('salesforce', 'hubspot', 'pipedrive' or any lower-case name); null: ignore ids */
  system?: string | null;
  /** the record types of the file's ids, when the preset says (presetRefTypes); else refTypes(system, kind) */
  refTypes?: Partial<RefTypes>;
  /** the seller's own domains: never given to a customer */
  ownDomains?: readonly string[];
  now?: number;
  /** the CSV headers, to name columns in messages */
  headers?: string[];
  /** each row's number as a spreadsheet shows it (ParsedCsv.rowNumbers); else the header is row 1 and no row is blank */
  rowNumbers?: readonly number[];
};

/** One good row of the file, read and normalized, before it is matched to anything. */
export type Draft = {
  row: number;
  name: string;
  company: string;
  domains: string[];
  emails: string[];
  ref: string | null;
  companyRef: string | null;
  title: string;
  phone: string;
  industry: string;
  /** contacts: the person as a valid contact row, bar its id and company */
  person?: Contact;
};
